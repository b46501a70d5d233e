import { fold } from './text';

/** Phrases that open a contacts paragraph but may go on about other things first. */
const LEAD_INS = [
  String.raw`for (?:more|further|additional) information`,
  String.raw`to (?:arrange|request|set up) (?:an )?interviews?`,
  String.raw`pour (?:plus d'|de plus amples |toutes? (?:autres? )?)informations?`,
  String.raw`pour toute demande`,
  String.raw`fur (?:weitere|mehr|zusatzliche) informationen`,
  String.raw`para (?:mas|mayor) informacion`,
];

/** Headings that only ever introduce contacts. */
const HEADINGS = [
  String.raw`(?:media|press) (?:contacts?|enquiries|inquiries)`,
  String.raw`contacts? (?:medias?|presse|for (?:the )?media)`,
  String.raw`ruckfragen(?: (?:&|und) kontakt)?`,
  String.raw`(?:presse|medien)kontakte?`,
  String.raw`ansprechpartner(?:in|innen)?(?: fur (?:die )?medien)?`,
  String.raw`contactos? (?:de prensa|(?:para|con) (?:los )?medios)`,
  String.raw`contacts?|kontakt|contacto`,
];

// Matched against folded text (see `fold`), hence no accents in the patterns.
const LEAD_IN_RE = new RegExp(String.raw`(?:^|(?<=[.!?] ))(?:${LEAD_INS.join('|')})`);
const HEADING_RE = new RegExp(String.raw`^(?:${HEADINGS.join('|')})(?= ?:| ?$| [-–] )`);
const CONTACT_VERB_RE = /^[^\d@]*?(?:contact\p{L}*(?: (?:con|a)(?= ))?|kontaktieren sie|wenden sie sich an|pongase en contacto con)/u;

const STOPS_RE = new RegExp(
  String.raw`^(?:related (?:press releases|news|content|articles|stories)|notes? (?:to|for) (?:the )?editors?|about\b|a propos|uber (?:uns|die|den|das)|acerca de|sobre (?:el|la|nosotros)|#{3}|-? ?(?:ends|fin|ende) ?-?$|(?:follow us|suivez-nous|folgen sie uns|siguenos)\b|(?:source|quelle|fuente) ?:|tags? ?:)`,
);

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

/** Length of ", please contact:"-style filler up to a colon, if it names nobody. */
function colonAfter(text: string): number {
  const m = /^[^:\d@]*?:(?=\s|$)/.exec(text);
  return m && !/\p{Lu}/u.test(m[0]) ? m[0].length : 0;
}
