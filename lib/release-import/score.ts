import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedRelease } from './types';
import { canonicalCity } from './gazetteer';
import { fold } from './text';

/** What a careful person reads from one contacts block: the `.json` beside each `.txt` in the corpus. */
export type ExpectedPhone = {
  raw: string;
  e164: string | null;
  kind: 'mobile' | 'landline' | 'fax' | 'whatsapp' | null;
};
export type ExpectedContact = {
  city: string | null;
  name: string | null;
  role: string | null;
  phones: ExpectedPhone[];
  emails: string[];
};
export type CorpusCase = {
  id: string;
  text: string;
  organisation: string;
  language: string;
  source: string;
  contacts: ExpectedContact[];
};

export type FieldScore = { correct: number; predicted: number; expected: number; precision: number; recall: number };
export type Miss = { id: string; expected: string; got: string };
export type Score = {
  blocks: number;
  organisations: number;
  languages: Record<string, number>;
  people: number;
  exact: number;
  exactPct: number;
  predicted: number;
  spurious: number;
  spuriousPct: number;
  fields: Record<'names' | 'phones' | 'emails' | 'cities' | 'roles', FieldScore>;
  misses: Miss[];
};

export function loadCorpus(dir: string): CorpusCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Omit<CorpusCase, 'id' | 'text'>;
      return { ...meta, id, text: readFileSync(join(dir, f), 'utf8') };
    });
}

type Got = ParsedRelease['contacts'][number];

const TITLE_RE =
  /^(?:(?:mr|mrs|ms|miss|dr|prof|mag(?:\.?a)?|mag\.?\s?\(fh\)|frau|herr|m|mme|mlle|sr|sra|srta|dra|dipl\.-?\w+)\.?\s+)+/u;

export function normaliseName(name: string | null): string | null {
  if (!name) return null;
  return fold(name).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim().replace(TITLE_RE, '').trim() || null;
}

function normaliseCity(city: string | null): string | null {
  return city ? fold(canonicalCity(city)) : null;
}

function normaliseRole(role: string | null): string | null {
  return role
    ? fold(role)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim() || null
    : null;
}

function phoneKey(p: { e164: string | null; raw: string; kind: string | null }): string {
  const number = p.e164 ?? p.raw.replace(/\D/g, '');
  // A fax read as a number to call (or the reverse) is a different phone.
  return p.kind === 'fax' ? `${number}:fax` : number;
}

const emailKey = (e: string) => e.toLowerCase();

/** How strongly a parsed contact looks like an expected one; 0 means not the same contact. */
function affinity(want: ExpectedContact, got: Got): number {
  const name = normaliseName(want.name);
  let score = name && name === normaliseName(got.name) ? 4 : 0;
  const phones = new Set(want.phones.map((p) => p.e164 ?? p.raw.replace(/\D/g, '')));
  score += got.phones.filter((p) => phones.has(p.e164 ?? p.raw.replace(/\D/g, ''))).length * 2;
  const emails = new Set(want.emails.map(emailKey));
  score += got.emails.filter((e) => emails.has(emailKey(e))).length * 2;
  return score;
}

function sameSet(a: string[], b: string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function overlap(a: string[], b: string[]): number {
  const rest = [...b];
  let n = 0;
  for (const v of a) {
    const i = rest.indexOf(v);
    if (i !== -1) {
      rest.splice(i, 1);
      n++;
    }
  }
  return n;
}

function describe(c: {
  name: string | null;
  city: string | null;
  phones: { e164: string | null; raw: string; kind: string | null }[];
  emails: string[];
}): string {
  return JSON.stringify([c.name, c.city, c.phones.map(phoneKey), c.emails.map(emailKey)]);
}

/**
 * Scores a parser over the corpus. A person is exactly right when the name, the city, every phone (a fax
 * must be read as a fax) and every e-mail match; roles are scored on their own, since two careful readers
 * word a role differently. A parsed contact that matches nobody is spurious.
 */
export function scoreCorpus(cases: CorpusCase[], parse: (text: string) => ParsedRelease): Score {
  const tally = { names: [0, 0, 0], phones: [0, 0, 0], emails: [0, 0, 0], cities: [0, 0, 0], roles: [0, 0, 0] };
  let people = 0;
  let exact = 0;
  let predicted = 0;
  let spurious = 0;
  const misses: Miss[] = [];
  for (const c of cases) {
    const got = parse(c.text).contacts;
    predicted += got.length;
    people += c.contacts.length;
    const free = new Set(got.map((_, i) => i));
    const pairs: [ExpectedContact, Got | null][] = [];
    for (const want of c.contacts) {
      let best = -1;
      let bestScore = 0;
      for (const i of free) {
        const s = affinity(want, got[i]!);
        if (s > bestScore) [best, bestScore] = [i, s];
      }
      if (best !== -1) free.delete(best);
      pairs.push([want, best === -1 ? null : got[best]!]);
    }
    spurious += free.size;
    for (const i of free) misses.push({ id: c.id, expected: '(nobody)', got: describe(got[i]!) });
    for (const g of got) {
      if (g.name) tally.names[1]!++;
      if (g.city) tally.cities[1]!++;
      if (g.role) tally.roles[1]!++;
      tally.phones[1]! += g.phones.length;
      tally.emails[1]! += g.emails.length;
    }
    for (const [want, g] of pairs) {
      const wantName = normaliseName(want.name);
      const wantCity = normaliseCity(want.city);
      const wantRole = normaliseRole(want.role);
      if (wantName) tally.names[2]!++;
      if (wantCity) tally.cities[2]!++;
      if (wantRole) tally.roles[2]!++;
      tally.phones[2]! += want.phones.length;
      tally.emails[2]! += want.emails.length;
      if (!g) {
        misses.push({ id: c.id, expected: describe(want), got: '(missing)' });
        continue;
      }
      const nameOk = wantName === normaliseName(g.name);
      const cityOk = wantCity === normaliseCity(g.city);
      const gotRole = normaliseRole(g.role);
      const roleOk = Boolean(wantRole && gotRole && (wantRole.includes(gotRole) || gotRole.includes(wantRole)));
      const wantPhones = want.phones.map(phoneKey);
      const gotPhones = g.phones.map(phoneKey);
      const wantEmails = want.emails.map(emailKey);
      const gotEmails = g.emails.map(emailKey);
      if (nameOk && wantName) tally.names[0]!++;
      if (cityOk && wantCity) tally.cities[0]!++;
      if (roleOk) tally.roles[0]!++;
      tally.phones[0]! += overlap(gotPhones, wantPhones);
      tally.emails[0]! += overlap(gotEmails, wantEmails);
      if (nameOk && cityOk && sameSet(wantPhones, gotPhones) && sameSet(wantEmails, gotEmails)) exact++;
      else misses.push({ id: c.id, expected: describe(want), got: describe(g) });
    }
  }
  const field = ([correct, p, e]: number[]): FieldScore => ({
    correct: correct!,
    predicted: p!,
    expected: e!,
    precision: p ? correct! / p : 1,
    recall: e ? correct! / e : 1,
  });
  return {
    blocks: cases.length,
    organisations: new Set(cases.map((c) => c.organisation)).size,
    languages: cases.reduce<Record<string, number>>((m, c) => ({ ...m, [c.language]: (m[c.language] ?? 0) + 1 }), {}),
    people,
    exact,
    exactPct: people ? (100 * exact) / people : 100,
    predicted,
    spurious,
    spuriousPct: predicted ? (100 * spurious) / predicted : 0,
    fields: {
      names: field(tally.names),
      phones: field(tally.phones),
      emails: field(tally.emails),
      cities: field(tally.cities),
      roles: field(tally.roles),
    },
    misses,
  };
}

export function formatScore(s: Score): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const langs = Object.entries(s.languages)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  const lines = [
    `Corpus: ${s.blocks} blocks, ${s.organisations} organisations (${langs}), ${s.people} people`,
    `Exactly right: ${s.exact}/${s.people} = ${s.exactPct.toFixed(1)}%`,
    `Spurious: ${s.spurious} of ${s.predicted} parsed contacts = ${s.spuriousPct.toFixed(1)}%`,
    '',
    'field     precision  recall',
    ...Object.entries(s.fields).map(
      ([k, f]) =>
        `${k.padEnd(9)} ${pct(f.precision).padStart(9)} ${pct(f.recall).padStart(7)}   (${f.correct}/${f.predicted}/${f.expected})`,
    ),
  ];
  return lines.join('\n');
}
