import type { Locale } from '@/lib/i18n/locales';
import { OFFLINE_WORDS } from './offline-words';

/** Headers the service worker adds to what it keeps: when it was fetched, and the city's zone to say it in. */
export const STORED_AT_HEADER = 'x-pressline-stored-at';
export const ZONE_HEADER = 'x-pressline-zone';
export const PLACE_HEADER = 'x-pressline-place';

/** Pages name the zone their details are in (components/offline-zone.tsx); the worker reads it from here. */
const ZONE_MARK = /data-offline-zone="([^"]+)" data-offline-place="([^"]+)"/;

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function zoneOf(html: string): { zone: string; place: string } | null {
  const match = ZONE_MARK.exec(html);
  return match ? { zone: unescapeAttribute(match[1]!), place: unescapeAttribute(match[2]!) } : null;
}

const dayIn = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * "Offline — details as of 14:05 (Moscow)": the time the copy was fetched, on the city's clock; the
 * date joins it when that was not today there. Without a city (or with a zone the browser does not
 * know), UTC. In the page's language ("Нет сети — данные по состоянию на 14:05 (Москва)").
 */
export function offlineNoteText(
  storedAt: Date,
  where: { zone: string; place: string } | null,
  now = new Date(),
  locale: Locale = 'en',
) {
  let { zone, place } = where ?? { zone: 'UTC', place: 'UTC' };
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    [zone, place] = ['UTC', 'UTC'];
  }
  const words = OFFLINE_WORDS[locale];
  const tag = locale === 'en' ? 'en-GB' : locale;
  const time = new Intl.DateTimeFormat(tag, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const date = new Intl.DateTimeFormat(tag, { timeZone: zone, day: 'numeric', month: words.month, year: 'numeric' });
  const sameDay = dayIn(storedAt, zone) === dayIn(now, zone);
  return words.note({ time: time.format(storedAt), date: sameDay ? null : date.format(storedAt) }, place);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The kept page with the note as the body's first element. React skips elements it did not render at
 * the top of <body> when it hydrates, so the note stays and the page still hydrates; it holds no script,
 * so the page's script hashes (lib/http/csp.ts) still match.
 */
export function withOfflineNote(html: string, note: string, locale: Locale = 'en'): string {
  const label = escapeHtml(OFFLINE_WORDS[locale].label);
  const aside = `<aside aria-label="${label}" class="offline-note"><p>${escapeHtml(note)}</p></aside>`;
  return html.replace(/<body[^>]*>/, (body) => body + aside);
}

/** RFC 6350 §3.2: lines over 75 octets folded with CRLF + space, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      [current, octets] = ['', 0];
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The kept vCard with the note as one more NOTE, so an address book shows how old the numbers are. */
export function withVCardNote(vcard: string, note: string): string {
  const line = fold(`NOTE:${note.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;')}`);
  return vcard.replace(/END:VCARD(\r?\n)?$/, (end) => `${line}\r\n${end}`);
}
