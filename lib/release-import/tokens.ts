import type { CountryCode } from 'libphonenumber-js/max';
import { findEmails } from './emails';
import { stripEmailLabel } from './phone-labels';
import type { ReleasePhoneKind } from './types';
import { findPhoneSpans, withLabel } from './phone-spans';
import { JOINERS } from './vocabulary';

export type PhoneToken = { type: 'phone'; raw: string; dial: string; kind: ReleasePhoneKind; alsoPhone: boolean };
export type HiddenToken = { type: 'hidden'; placeholder: string };
export type Token = { type: 'text'; text: string } | { type: 'email'; address: string } | PhoneToken | HiddenToken;

// "+41 79 111 22 33 or +41 22 730 42 22": the second number shares the first one's label.
const ALTERNATIVE_RE = new RegExp(`^\\s*(?:,|\\/|${JOINERS})?\\s*$`, 'iu');

/** Splits one segment of a contacts line into text, phone numbers, e-mails and hidden e-mails. */
export function tokenise(segment: string, region: CountryCode | null = null): Token[] {
  const emails = findEmails(segment);
  const phones = findPhoneSpans(segment, region).filter((p) => !emails.some((e) => p.start < e.end && e.start < p.end));
  const spans = [...emails, ...phones].sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let pos = 0;
  let previous: PhoneToken | null = null;
  for (const span of spans) {
    if (span.start < pos) continue;
    if ('type' in span) {
      tokens.push(text(stripEmailLabel(segment.slice(pos, span.start))));
      tokens.push(
        span.type === 'hidden' ? { type: 'hidden', placeholder: span.value } : { type: 'email', address: span.value },
      );
      pos = span.end;
      previous = null;
      continue;
    }
    const phone = withLabel(segment, span, pos);
    const gap = segment.slice(pos, phone.labelStart);
    const shared = !phone.labelled && previous && ALTERNATIVE_RE.test(gap) ? previous : null;
    const token: PhoneToken = {
      type: 'phone',
      raw: phone.raw,
      dial: phone.dial,
      kind: shared ? shared.kind : phone.kind,
      alsoPhone: shared ? shared.alsoPhone : phone.alsoPhone,
    };
    tokens.push(text(gap), token);
    pos = phone.end;
    previous = token;
  }
  tokens.push(text(segment.slice(pos)));
  return tokens.filter((t) => t.type !== 'text' || t.text.trim() !== '');
}

function text(value: string): Token {
  return { type: 'text', text: value };
}
