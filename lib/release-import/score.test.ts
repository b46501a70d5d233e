import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release';
import { loadCorpus, scoreCorpus, type CorpusCase } from './score';
import type { ParsedRelease } from './types';

const DIR = join(process.cwd(), 'fixtures', 'release-import');
const floor = JSON.parse(readFileSync(join(DIR, 'floor.json'), 'utf8')) as { exactPct: number };

describe('the release-import corpus', () => {
  it('is read exactly at or above the committed floor, with few invented people', () => {
    const score = scoreCorpus(loadCorpus(DIR), (text) => parseRelease(text));
    expect(score.blocks).toBeGreaterThanOrEqual(70);
    expect(score.exactPct).toBeGreaterThanOrEqual(floor.exactPct);
    expect(score.spuriousPct).toBeLessThanOrEqual(3);
    // 150 blocks through the whole reader: seconds on a shared machine, more than vitest's default allows.
  }, 30_000);
});

describe('scoreCorpus', () => {
  const one: CorpusCase = {
    id: 'case',
    text: '',
    organisation: 'ICRC',
    language: 'en',
    source: '',
    contacts: [
      {
        city: 'Geneva',
        name: 'Jane Doe',
        role: 'Spokesperson',
        phones: [{ raw: '+41 79 555 01 23', e164: '+41795550123', kind: null }],
        emails: [],
      },
      {
        city: null,
        name: null,
        role: 'Press office',
        phones: [{ raw: '+41 22 555 01 00', e164: '+41225550100', kind: 'fax' }],
        emails: ['press@example.org'],
      },
    ],
  };
  const parsed = (contacts: ParsedRelease['contacts']): ParsedRelease => ({
    title: null,
    date: null,
    dateline: [],
    contacts,
    warnings: [],
  });
  const jane = {
    city: 'Genève',
    name: 'Mrs Jane Doe',
    role: 'spokesperson',
    phones: [{ raw: '+41 79 555 01 23', e164: '+41795550123', kind: 'mobile' as const }],
    emails: [],
    notes: [],
  };

  it('counts a person exactly right across local city names, courtesy titles and non-fax kinds', () => {
    const desk = {
      city: null,
      name: null,
      role: 'Press office',
      phones: [{ raw: '+41 22 555 01 00', e164: '+41225550100', kind: 'fax' as const }],
      emails: ['PRESS@example.org'],
      notes: [],
    };
    const score = scoreCorpus([one], () => parsed([jane, desk]));
    expect([score.exact, score.spurious, score.fields.cities.correct, score.fields.roles.correct]).toEqual([
      2, 0, 1, 2,
    ]);
  });

  it('counts a fax read as a number to call as wrong, and an invented person as spurious', () => {
    const desk = {
      city: null,
      name: null,
      role: null,
      phones: [{ raw: '+41 22 555 01 00', e164: '+41225550100', kind: 'landline' as const }],
      emails: ['press@example.org'],
      notes: [],
    };
    const invented = { city: null, name: 'ICRC Geneva', role: null, phones: [], emails: [], notes: [] };
    const score = scoreCorpus([one], () => parsed([jane, desk, invented]));
    expect([score.exact, score.spurious, score.fields.phones.correct]).toEqual([1, 1, 1]);
    expect(score.spuriousPct).toBeCloseTo(100 / 3);
  });
});
