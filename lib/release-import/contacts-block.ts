import { allWords } from './languages';
import { fold } from './text';

// Matched against folded text (see `fold`), hence no accents in the language modules' patterns.
const LEAD_IN_RE = new RegExp(String.raw`(?:^|(?<=[.!?] ))(?:${allWords('leadIns').join('|')})`, 'u');
/** Headings that only ever introduce contacts; a bare "contact" heading needs its colon or a line of its own. */
const HEADING_RE = new RegExp(String.raw`^[>*#\s]*(?:${allWords('headings').join('|')})(?= ?:| ?$| [-–] )`, 'u');
const CONTACT_VERB_RE = new RegExp(String.raw`^[^\d@]*?(?:${allWords('contactVerbs').join('|')})`, 'u');

const STOPS_RE = new RegExp(String.raw`^(?:${allWords('stops').join('|')}|#{3})`, 'u');

export type ContactsBlock = { before: string[]; block: string[]; found: boolean };

/** Splits a release into what comes before the contacts heading and the contacts themselves. */
export function findContactsBlock(lines: string[]): ContactsBlock {
  for (const [i, line] of lines.entries()) {
    const start = headerEnd(line);
    if (start === null) continue;
    const rest = line.slice(start.end).trim();
    const after = lines.slice(i + 1);
    const stop = after.findIndex((l) => STOPS_RE.test(fold(l)));
    return {
      before: [...lines.slice(0, i), line.slice(0, start.index).trim()].filter(Boolean),
      block: [rest, ...(stop === -1 ? after : after.slice(0, stop))],
      found: true,
    };
  }
  return { before: [], block: lines, found: false };
}

function headerEnd(line: string): { index: number; end: number } | null {
  const folded = fold(line);
  const heading = HEADING_RE.exec(folded);
  if (heading) return { index: 0, end: heading[0].length + colonAfter(line.slice(heading[0].length)) };
  const leadIn = LEAD_IN_RE.exec(folded);
  if (!leadIn) return null;
  const end = leadIn.index + leadIn[0].length;
  const colon = colonAfter(line.slice(end));
  if (colon) return { index: leadIn.index, end: end + colon };
  // "For more information on the appeal, visit …" is not a contacts block.
  const verb = CONTACT_VERB_RE.exec(folded.slice(end));
  if (!verb) return null;
  // ", please contact Jane Doe": the block starts after the verb, unless a capital means a name comes first.
  const filler = /\p{Lu}/u.test(line.slice(end, end + verb[0].length)) ? 0 : verb[0].length;
  return { index: leadIn.index, end: end + filler + colonAfter(line.slice(end + filler)) };
}

/** Length of ", please contact:"-style filler up to a colon, if it names nobody ("Per interviste:Amnesty …"). */
function colonAfter(text: string): number {
  const m = /^[^:\d@]*?:(?=\s|$|\p{Lu})/u.exec(text);
  return m && !/\p{Lu}/u.test(m[0]) ? m[0].length : 0;
}
