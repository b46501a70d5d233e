import { cleanRelease, splitTitleLine, type CutPart } from './clean-release';
import { htmlToText, looksLikeHtml } from './html';
import { releaseLanguage } from './language';
import { parseRelease } from './parse-release';
import type { ParsedRelease, ParseReleaseOptions } from './types';

/**
 * A release as pasted or uploaded, text or web page, read for the import: the parsed release
 * (its title without a dateline in front), the body and "About" note a public page should show,
 * what was cut from the body, and the addresses recovered from the page's e-mail protection.
 */
export type ReadRelease = {
  parsed: ParsedRelease;
  body: string;
  about: string;
  cut: CutPart[];
  recovered: string[];
  html: boolean;
  /** The BCP 47 code of the language the release is written in (its language module's); null when unknown */
  language: string | null;
};

export const recoveredWarning = (address: string) =>
  `E-mail ${address} was recovered from the page's hidden (Cloudflare-protected) address: confirm it before it is used`;

export function readRelease(input: string, options: ParseReleaseOptions & { html?: boolean } = {}): ReadRelease {
  const html = options.html ?? looksLikeHtml(input);
  const { text, recovered } = html ? htmlToText(input) : { text: input, recovered: [] };
  const parsed = parseRelease(text, options);
  const clean = cleanRelease(text);
  if (parsed.title) {
    const split = splitTitleLine(parsed.title);
    parsed.title = split.title;
    // A dateline printed before the title was read as one; keep what the parser found otherwise.
    if (split.dateline && !parsed.dateline.length) parsed.dateline = parseRelease(`${split.dateline} –\n`).dateline;
  }
  parsed.warnings.push(...recovered.map(recoveredWarning));
  return {
    parsed,
    body: parsed.title ? clean.body : text.trim(),
    about: parsed.title ? clean.about : '',
    cut: parsed.title ? clean.cut : [],
    recovered,
    html,
    language: releaseLanguage(text),
  };
}
