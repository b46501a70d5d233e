import { findContactsBlock } from './contacts-block';
import { fold } from './text';

/**
 * What a release's public page should show of the pasted text: the title without the dateline
 * printed in front of it, a body without the dateline, the contacts block (listed as contacts
 * instead), "###"/"-ENDS-" and the links and tags a web page adds, and the "About us" /
 * "Notes to editors" boilerplate kept apart as an optional note. `cut` says what was left out.
 */
export type CleanRelease = { title: string | null; body: string; about: string; cut: CutPart[] };
export type CutPart = { what: string; text: string };

/** "GENEVA, 6 December 2021 –", "Moscow/Geneva, 6 December 2021 -", "NAIROBI, Kenya, Dec. 6, 2021 —" */
const DATELINE_RE = /^(\p{Lu}[\p{L}'’.\- /()]{1,60}(?:,[^,–—\n]{1,40}){0,2},[^–—\n]{0,30}?\d{4})\s*[–—-]{1,2}\s+/u;

const END_MARKS_RE = /^(?:#{3,}|-+ ?(?:ends?|fin|ende|fin del comunicado) ?-+|(?:ends|fin|ende))$/;
const ABOUT_RE =
  /^(?:about\b(?! \d)|notes? (?:to|for) (?:the )?editors?|a propos\b|uber (?:uns|die|den|das)\b|acerca de\b|sobre (?:el|la|nosotros)\b|о нас\b)/u;
const TRAILER_RE =
  /^(?:related (?:press releases|news|content|articles|stories)|(?:follow us|suivez-nous|folgen sie uns|siguenos)\b|(?:tags?|source|quelle|fuente|share|partager|teilen)\s?:?)/;

/** The first line's title, and the dateline printed in front of it if there was one. */
export function splitTitleLine(line: string): { title: string; dateline: string | null } {
  const m = DATELINE_RE.exec(line.trim());
  if (!m || line.trim().length - m[0].length < 3) return { title: line.trim(), dateline: null };
  return { title: line.trim().slice(m[0].length).trim(), dateline: m[1]! };
}

/** "About the IFRC" as a heading, not "About 200 volunteers came." inside the story. */
function isHeading(line: string, kind: string): boolean {
  return kind !== 'story' || (line.length <= 80 && !/[.!?,;]$/.test(line));
}

export function cleanRelease(text: string): CleanRelease {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first === -1) return { title: null, body: '', about: '', cut: [] };
  const cut: CutPart[] = [];
  const { title, dateline } = splitTitleLine(lines[first]!);
  if (dateline) cut.push({ what: 'Dateline printed before the title (kept as the date and dateline)', text: dateline });
  const rest = lines.slice(first + 1);

  // The story ends at the contacts heading, or at the first end mark or boilerplate heading.
  type Kind = 'story' | 'contacts' | 'end' | 'about' | 'trailer';
  let kind: Kind = 'story';
  const body: string[] = [];
  const about: string[] = [];
  const pieces: Record<'contacts' | 'end' | 'trailer', string[]> = { contacts: [], end: [], trailer: [] };
  let datelineCut = false;
  for (const raw of rest) {
    const line = raw.trim();
    const folded = fold(line);
    let lineKind: Kind = kind;
    if (END_MARKS_RE.test(folded)) lineKind = 'end';
    else if (TRAILER_RE.test(folded)) lineKind = 'trailer';
    else if (kind !== 'trailer' && ABOUT_RE.test(folded) && isHeading(line, kind)) lineKind = 'about';
    else if (kind !== 'trailer') {
      const heading = findContactsBlock([line]);
      if (heading.found) {
        // "… said the minister. For more information, contact:" keeps its first sentences.
        const kept = heading.before.join(' ');
        if (kept && kind === 'story') body.push(kept);
        lineKind = 'contacts';
        kind = 'contacts';
        pieces.contacts.push(kept ? line.slice(line.indexOf(kept) + kept.length).trim() : line);
        continue;
      }
    }
    if (lineKind === 'end') {
      if (line) pieces.end.push(line);
      // After an end mark, only boilerplate and page furniture follow.
      kind = kind === 'contacts' || kind === 'story' ? 'about' : kind;
      continue;
    }
    kind = lineKind;
    if (kind === 'story') {
      // Photo captions may come first: the dateline opens the first paragraph of the story proper.
      const m = datelineCut || !line ? null : DATELINE_RE.exec(line);
      if (m) {
        datelineCut = true;
        cut.push({ what: 'Dateline at the start of the body (shown above it)', text: m[1]! });
        body.push(line.slice(m[0].length));
        continue;
      }
      body.push(raw.trimEnd());
    } else if (kind === 'about') about.push(raw.trimEnd());
    else pieces[kind].push(line);
  }
  const join = (xs: string[]) =>
    xs
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  if (join(pieces.contacts))
    cut.push({ what: 'Contacts block (listed as the release’s contacts)', text: join(pieces.contacts) });
  if (pieces.end.length) cut.push({ what: 'End marks', text: pieces.end.join(' ') });
  if (join(pieces.trailer)) cut.push({ what: 'Links and tags from the web page', text: join(pieces.trailer) });
  return { title: title || null, body: join(body), about: join(about), cut };
}
