import type { ParsedRelease, ParseReleaseOptions, ReleaseContact } from './types';
import { readContactDrafts } from './contact-drafts';
import { findContactsBlock } from './contacts-block';
import { isDatelineLine, readDateline } from './dateline';
import { resolvePhones } from './phones';
import { findEmails } from './emails';
import { findPhoneSpans } from './phone-spans';
import { languageRegions } from './language';
import { blockRegion } from './region';
import { toLines } from './text';

/**
 * Without a contacts heading, a first line that reads as a sentence and reaches nobody is the release's
 * title, not a contact; "In Geneva:" or "ICRC Nairobi" above the people is a label and stays.
 */
function withoutTitle(lines: string[]): string[] {
  const [first, ...rest] = lines;
  if (first === undefined || rest.length < 2) return lines;
  const reaches = findEmails(first).length > 0 || findPhoneSpans(first).length > 0;
  const sentence = first.split(/\s+/).length >= 5 && !/:\s*$/.test(first);
  return sentence && !reaches ? rest : lines;
}

/**
 * Reads a press release, or only its media-contacts block, into contacts a
 * press office can check before saving. Pure: no database, no network.
 */
export function parseRelease(text: string, options: ParseReleaseOptions = {}): ParsedRelease {
  const knownCities = options.knownCities ?? [];
  const { before, block, found } = findContactsBlock(toLines(text));
  // A release without a contacts heading is read whole, dateline included.
  const { date, dateline } = readDateline(found ? before : block);
  const contacts: ReleaseContact[] = [];
  const warnings: string[] = [];
  const hints = { dateline, block: block.join('\n'), text, cities: [], knownCities };
  // Without a contacts heading the whole release is read, but never its dateline as a contact's city.
  const lines = found ? block : withoutTitle(block).filter((l) => !isDatelineLine(l));
  const drafts = readContactDrafts(lines, knownCities, blockRegion(hints));
  // The cities read are the last hint, for blocks that print neither country codes nor domains.
  const region = blockRegion({ ...hints, cities: drafts.map((d) => d.city) });
  const regions = languageRegions(block.join('\n'));
  for (const draft of drafts) {
    const resolved = resolvePhones(draft, knownCities, region, regions);
    contacts.push({
      city: draft.city,
      name: draft.name,
      role: draft.role,
      phones: resolved.phones,
      emails: draft.emails,
      notes: draft.notes,
    });
    warnings.push(...resolved.warnings);
  }
  if (contacts.length === 0) {
    warnings.push(found ? 'The media-contacts block names nobody we could read' : 'No media contacts found');
  }
  return { title: found ? (before[0] ?? null) : null, date, dateline, contacts, warnings };
}
