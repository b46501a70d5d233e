import { canonicalTimeZone } from '../text/time-zone';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The `<option>`s of the time-zone select as one HTML string. As React elements, the
 * ~440 options were two thirds of a public page's DOM and of its hydration work; as
 * inner HTML they are one node to hydrate, and the same markup without JavaScript.
 */
export function timeZoneOptionsHtml(zones: readonly string[], selected: string, placeholder?: string): string {
  // Without JavaScript nothing is preset: the journalist's zone is a choice, not the spokesperson's.
  const chosen = canonicalTimeZone(selected) ?? selected;
  const first = placeholder
    ? `<option value=""${selected ? '' : ' selected=""'}>${escapeHtml(placeholder)}</option>`
    : '';
  return (
    first +
    zones
      .map((zone) => {
        const value = escapeHtml(zone);
        return `<option value="${value}"${zone === chosen ? ' selected=""' : ''}>${escapeHtml(zoneLabel(zone))}</option>`;
      })
      .join('')
  );
}

/** "Asia/Ho_Chi_Minh" → "Ho Chi Minh (Asia)": the place people know first, then its region. */
export function zoneLabel(zone: string): string {
  const parts = zone.split('/');
  if (parts.length < 2) return zone;
  return `${parts[parts.length - 1]!.replace(/_/g, ' ')} (${parts.slice(0, -1).join('/').replace(/_/g, ' ')})`;
}

/** The zone's current name ("Europe/Kiev" → "Europe/Kyiv"), when this runtime knows it. */
export function currentZoneName(zone: string): string {
  return canonicalTimeZone(zone) ?? zone;
}

/**
 * The zones the interview form offers: every inhabited UTC offset, each by the cities people
 * know it by, and the places press offices most often work from. All ~420 IANA zones made the
 * select two thirds of every public page (its HTML and again in the React payload); the form
 * adds the visitor's own zone when their browser reports one missing here, and the server
 * accepts any valid zone. Where ICU versions disagree on a name, both spellings are listed and
 * only those this runtime knows are kept.
 */
const CANDIDATES = [
  'Pacific/Pago_Pago',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Vancouver',
  'America/Tijuana',
  'America/Denver',
  'America/Phoenix',
  'America/Chicago',
  'America/Mexico_City',
  'America/Guatemala',
  'America/Costa_Rica',
  'America/New_York',
  'America/Toronto',
  'America/Bogota',
  'America/Lima',
  'America/Panama',
  'America/Havana',
  'America/Port-au-Prince',
  'America/Caracas',
  'America/La_Paz',
  'America/Santiago',
  'America/Halifax',
  'America/Santo_Domingo',
  'America/Port_of_Spain',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/Buenos_Aires',
  'America/Montevideo',
  'America/Noronha',
  'America/Nuuk',
  'America/Godthab',
  'Atlantic/Cape_Verde',
  'Atlantic/Azores',
  'UTC',
  'Etc/UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Africa/Abidjan',
  'Africa/Dakar',
  'Africa/Accra',
  'Africa/Casablanca',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Europe/Budapest',
  'Europe/Belgrade',
  'Africa/Lagos',
  'Africa/Algiers',
  'Africa/Tunis',
  'Africa/Kinshasa',
  'Africa/Ndjamena',
  'Europe/Athens',
  'Europe/Kyiv',
  'Europe/Kiev',
  'Europe/Bucharest',
  'Europe/Helsinki',
  'Europe/Chisinau',
  'Africa/Cairo',
  'Africa/Tripoli',
  'Africa/Johannesburg',
  'Africa/Khartoum',
  'Africa/Juba',
  'Africa/Maputo',
  'Africa/Harare',
  'Africa/Lubumbashi',
  'Asia/Beirut',
  'Asia/Jerusalem',
  'Asia/Gaza',
  'Asia/Amman',
  'Asia/Damascus',
  'Europe/Moscow',
  'Europe/Minsk',
  'Europe/Istanbul',
  'Asia/Baghdad',
  'Asia/Riyadh',
  'Asia/Qatar',
  'Asia/Aden',
  'Africa/Nairobi',
  'Africa/Addis_Ababa',
  'Africa/Mogadishu',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Tbilisi',
  'Asia/Yerevan',
  'Asia/Baku',
  'Asia/Kabul',
  'Asia/Karachi',
  'Asia/Tashkent',
  'Asia/Kolkata',
  'Asia/Calcutta',
  'Asia/Colombo',
  'Asia/Kathmandu',
  'Asia/Katmandu',
  'Asia/Dhaka',
  'Asia/Almaty',
  'Asia/Yangon',
  'Asia/Rangoon',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Ho_Chi_Minh',
  'Asia/Saigon',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Australia/Perth',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Jayapura',
  'Australia/Darwin',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Pacific/Port_Moresby',
  'Pacific/Guadalcanal',
  'Pacific/Noumea',
  'Pacific/Auckland',
  'Pacific/Fiji',
  'Pacific/Tongatapu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
];

/** The candidates this runtime knows, each once, under its canonical IANA name (Europe/Kiev → Europe/Kyiv). */
export function requestTimeZones(): string[] {
  const zones = new Set(CANDIDATES.map(canonicalTimeZone).filter((zone): zone is string => zone !== null));
  return [...zones].sort();
}

/**
 * The offered zones, with `extra` (the city's, or one a visitor submitted) added when missing, under its
 * canonical name. Only a real zone's name is ever added: what a visitor submits ends up in the select's
 * inner HTML, and a made-up "zone" (`"><script>…`) is refused here, not only escaped.
 */
export function withZone(zones: readonly string[], extra: string | undefined): readonly string[] {
  const zone = canonicalTimeZone(extra);
  return !zone || zones.includes(zone) ? zones : [zone, ...zones];
}
