import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { localToUtc } from '../time/zoned-time';
import { calendarMethod, interviewCalendar, type InterviewEvent } from './calendar';

function event(local: string, timeZone: string, overrides: Partial<InterviewEvent> = {}): InterviewEvent {
  return {
    uid: 'interview-42-abc@pressline.example',
    sequence: 0,
    startsAt: localToUtc(local, timeZone)!,
    timeZone,
    minutes: 30,
    format: 'phone',
    location: '+7 916 667-69-77',
    summary: 'Interview: PL-2026-000042, Flood relief; Moscow',
    description: 'Questions, commas; and semicolons\\ survive.',
    organizer: { name: 'Аюна Батоева', email: 'ayuna@ifrc.example' },
    journalist: { name: 'Jo Reporter, Example Wire', email: 'jo@news.example' },
    officer: { name: 'Аюна Батоева', email: 'ayuna@ifrc.example' },
    stamp: new Date('2026-06-01T08:00:00Z'),
    ...overrides,
  };
}

/** Both parsers read the same invitation; each must find the same instant, UID, sequence and place. */
function readBoth(ics: string) {
  const vevent = ICAL.Component.fromString(ics).getFirstSubcomponent('vevent')!;
  const a = new ICAL.Event(vevent);
  const parsed = nodeIcal.sync.parseICS(ics);
  const b = Object.values(parsed).find((c): c is VEvent => c?.type === 'VEVENT')!;
  return {
    icaljs: {
      start: a.startDate.toJSDate().toISOString(),
      end: a.endDate.toJSDate().toISOString(),
      uid: a.uid,
      sequence: a.sequence,
      location: a.location,
    },
    nodeIcal: {
      start: new Date(b.start).toISOString(),
      end: new Date(b.end!).toISOString(),
      uid: b.uid,
      sequence: Number(b.sequence),
      location: typeof b.location === 'string' ? b.location : (b.location as { val: string }).val,
    },
    attendees: vevent.getAllProperties('attendee').map((p) => p.getFirstValue()),
    organizer: vevent.getFirstPropertyValue('organizer'),
  };
}

describe('interview invitation', () => {
  it.each([
    ['2026-07-15T10:00', 'Europe/Moscow', '2026-07-15T07:00:00.000Z'],
    ['2026-01-15T10:00', 'Europe/Moscow', '2026-01-15T07:00:00.000Z'],
    ['2026-07-15T10:00', 'Europe/Zurich', '2026-07-15T08:00:00.000Z'],
    ['2026-01-15T10:00', 'Europe/Zurich', '2026-01-15T09:00:00.000Z'],
    // The Sunday clocks go back in Geneva: 10:00 is already winter time.
    ['2026-10-25T10:00', 'Europe/Zurich', '2026-10-25T09:00:00.000Z'],
    ['2026-03-29T10:00', 'Europe/Zurich', '2026-03-29T08:00:00.000Z'],
  ])('%s in %s is %s for ical.js and node-ical alike', (local, zone, utc) => {
    const ics = interviewCalendar(event(local, zone), 'REQUEST');
    const both = readBoth(ics);
    expect(both.icaljs.start).toBe(utc);
    expect(both.nodeIcal.start).toBe(utc);
    expect(both.icaljs.end).toBe(new Date(Date.parse(utc) + 30 * 60_000).toISOString());
    expect(both.nodeIcal.end).toBe(both.icaljs.end);
  });

  it('carries METHOD, a stable UID, SEQUENCE, the organiser, both attendees and the dial-in as LOCATION', () => {
    const ics = interviewCalendar(event('2026-07-15T10:00', 'Europe/Moscow', { sequence: 2 }), 'REQUEST');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(calendarMethod(ics)).toBe('REQUEST');
    const both = readBoth(ics);
    expect(both.icaljs.uid).toBe('interview-42-abc@pressline.example');
    expect(both.nodeIcal.uid).toBe(both.icaljs.uid);
    expect(both.icaljs.sequence).toBe(2);
    expect(both.nodeIcal.sequence).toBe(2);
    expect(both.icaljs.location).toBe('+7 916 667-69-77');
    expect(both.nodeIcal.location).toBe('+7 916 667-69-77');
    expect(both.organizer).toBe('mailto:ayuna@ifrc.example');
    expect(both.attendees).toEqual(['mailto:jo@news.example', 'mailto:ayuna@ifrc.example']);
    // Commas and semicolons in the text are escaped, not taken as separators.
    expect(ICAL.Component.fromString(ics).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(
      'Interview: PL-2026-000042, Flood relief; Moscow',
    );
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID', () => {
    const ics = interviewCalendar(event('2026-07-15T10:00', 'Europe/Moscow', { sequence: 3 }), 'CANCEL');
    expect(calendarMethod(ics)).toBe('CANCEL');
    const vevent = ICAL.Component.fromString(ics).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('uid')).toBe('interview-42-abc@pressline.example');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
  });
});
