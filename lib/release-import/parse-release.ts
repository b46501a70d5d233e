import type { ParsedRelease, ParseReleaseOptions, ReleaseContact } from './types';
import { readContactDrafts } from './contact-drafts';
import { findContactsBlock } from './contacts-block';
import { readDateline } from './dateline';
import { resolvePhones } from './phones';
import { languageRegions } from './language';
import { blockRegion } from './region';
import { toLines } from './text';

/**
 * Reads a press release, or only its media-contacts block, into contacts a
 * press office can check before saving. Pure: no database, no network.
 */
export function parseRelease(text: string, options: ParseReleaseOptions = {}): ParsedRelease {
  const knownCities = options.knownCities ?? [];
  const { before, block, found } = findContactsBlock(toLines(text));
  const { date, dateline } = readDateline(before);
  const contacts: ReleaseContact[] = [];
  const warnings: string[] = [];
  const hints = { dateline, block: block.join('\n'), cities: [], knownCities };
  const drafts = readContactDrafts(block, knownCities, blockRegion(hints));
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
