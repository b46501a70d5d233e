import ICAL from 'ical.js';
import type { Locale } from '../i18n/locales';
import { syncTranslatorFor } from '../i18n/sync-translator';
import { formatForReader, formatLabel } from './reader-text';
import type { InterviewFormat } from './schedule';

export type CalendarMethod = 'REQUEST' | 'CANCEL';

export type InterviewEvent = {
  uid: string;
  sequence: number;
  startsAt: Date;
  /** The zone the officer scheduled it in, named in the description; DTSTART itself is in UTC */
  timeZone: string;
  minutes: number;
  format: InterviewFormat;
  location: string;
  summary: string;
  description: string;
  organizer: { name: string; email: string };
  journalist: { name: string; email: string };
  officer: { name: string; email: string };
  /** DTSTAMP: when this version of the invitation was made */
  stamp: Date;
  /** The staff page or status page, as URL */
  url?: string;
  /** The language of the description (the journalist's copy is in their request's); English by default */
  locale?: Locale;
};

function person(
  kind: 'organizer' | 'attendee',
  p: { name: string; email: string },
  params: Record<string, string> = {},
) {
  const prop = new ICAL.Property(kind);
  prop.setParameter('cn', p.name);
  for (const [k, v] of Object.entries(params)) prop.setParameter(k, v);
  prop.setValue(`mailto:${p.email}`);
  return prop;
}

/**
 * One interview as an iTIP message (RFC 5546) that Google Calendar, Outlook and Apple Calendar take
 * from an e-mail: METHOD, a UID that stays the same for every update, SEQUENCE raised on each, DTSTART
 * in UTC (one unambiguous instant, no VTIMEZONE to get wrong), the organiser and both attendees.
 * Built with ical.js, which escapes and folds the text.
 */
export function interviewCalendar(e: InterviewEvent, method: CalendarMethod): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Pressline//Interview requests//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', method);
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', e.uid);
  event.addPropertyWithValue('sequence', e.sequence);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(e.stamp, true));
  event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(e.startsAt, true));
  event.addPropertyWithValue('dtend', ICAL.Time.fromJSDate(new Date(e.startsAt.getTime() + e.minutes * 60_000), true));
  event.addPropertyWithValue('summary', e.summary);
  const locale = e.locale ?? 'en';
  const t = syncTranslatorFor(locale);
  const when = `${formatForReader(e.startsAt, e.timeZone, locale)} (${e.timeZone})`;
  event.addPropertyWithValue(
    'description',
    [
      t('Mail.interview.eventLine', { format: formatLabel(e.format, locale), minutes: e.minutes, when }),
      t('Mail.interview.where', { location: e.location }),
      e.description,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  event.addPropertyWithValue('location', e.location);
  if (e.url) event.addPropertyWithValue('url', e.url);
  event.addPropertyWithValue('status', method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED');
  event.addPropertyWithValue('transp', 'OPAQUE');
  event.addProperty(person('organizer', e.organizer));
  event.addProperty(
    person('attendee', e.journalist, { role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' }),
  );
  if (e.officer.email.toLowerCase() !== e.journalist.email.toLowerCase())
    event.addProperty(person('attendee', e.officer, { role: 'CHAIR', partstat: 'ACCEPTED', rsvp: 'FALSE' }));
  calendar.addSubcomponent(event);
  // RFC 5545 wants CRLF line endings; ical.js joins lines with CRLF already.
  return calendar.toString();
}

/** The METHOD of a stored calendar, for the text/calendar part's `method=` parameter. */
export function calendarMethod(ics: string): CalendarMethod {
  const method = ICAL.Component.fromString(ics).getFirstPropertyValue('method');
  return method === 'CANCEL' ? 'CANCEL' : 'REQUEST';
}
