import type { ParsedRelease, ReleaseContact, ReleasePhone } from './types';

/** What parseRelease returns for a contacts block with no release around it. */
export function blockOnly(contacts: ReleaseContact[], warnings: string[] = []): ParsedRelease {
  return { title: null, date: null, dateline: [], contacts, warnings };
}

export function phone(raw: string, e164: string | null, kind: ReleasePhone['kind'] = null): ReleasePhone {
  return { raw, e164, kind };
}
