import { normaliseLine } from './normalise';

/**
 * Names that ICU (and so Node 20's Intl) still reports for zones IANA has renamed. ECMA-402 engines
 * with newer data already answer with the right side; older ones answer with the left.
 */
const RENAMED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

let primary: Set<string> | null = null;
/** The zones this runtime lists as primary (one per place), under their current IANA names, plus UTC. */
export function canonicalTimeZones(): ReadonlySet<string> {
  // Browsers older than 2022 lack supportedValuesOf: there only UTC is known, and zones are not added.
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  primary ??= new Set([...listed.map((zone) => RENAMED[zone] ?? zone), 'UTC']);
  return primary;
}

const UTC = new Set(['utc', 'etc/utc']);
const known = new Map<string, string | null>();

/**
 * The canonical IANA name of a time zone a person typed or a form sent, or null: `europe/zurich` →
 * `Europe/Zurich`, `Europe/Kiev` → `Europe/Kyiv`, `US/Eastern` → `America/New_York`. Refused: names
 * that are not a place (`EST5EDT`, `CET`, `GMT`, `Japan`, `Etc/GMT+5`) and anything Intl does not know.
 * Results are remembered, but only for the ≤ ~600 names that are valid, so junk cannot grow the map.
 */
export function canonicalTimeZone(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const name = normaliseLine(input);
  if (UTC.has(name.toLowerCase())) return 'UTC';
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name)) return null;
  const remembered = known.get(name);
  if (remembered !== undefined) return remembered;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  const zone = RENAMED[resolved] ?? resolved;
  if (!canonicalTimeZones().has(zone) || zone === 'UTC') return null;
  known.set(name, zone);
  return zone;
}
