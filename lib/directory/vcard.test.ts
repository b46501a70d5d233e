import ICAL from 'ical.js';
import VCard from 'vcf';
import { describe, expect, it } from 'vitest';
import { buildVCard, foldLine, type VCardInput } from './vcard';

type Prop = [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]];

function parse(text: string): Prop[] {
  const [kind, props] = ICAL.parse(text) as unknown as [string, Prop[]];
  expect(kind).toBe('vcard');
  return props;
}

function values(props: Prop[], name: string) {
  return props.filter((p) => p[0] === name);
}

const tommaso: VCardInput = {
  fullName: 'Tommaso Della Longa',
  role: 'Spokesperson; head of media, IFRC',
  organisation: 'IFRC',
  email: 'tommaso@example.org',
  city: 'Moscow',
  country: 'Russia',
  phones: [
    { kind: 'mobile', e164: '+41797084367', extension: null },
    { kind: 'office', e164: '+442079460123', extension: '42' },
  ],
  languages: ['it', 'en', 'fr'],
  url: 'https://pressline.example.org/contacts/tommaso-della-longa',
};

const ayuna: VCardInput = {
  ...tommaso,
  fullName: 'Ayuna Batoeva',
  localName: 'Аюна Батоева',
  role: 'Press officer',
  phones: [
    { kind: 'mobile', e164: '+79161234567', extension: null },
    { kind: 'office', e164: '+41227304222', extension: '123' },
  ],
};

describe('buildVCard', () => {
  // NICKNAME, because Apple Contacts, Google Contacts, Android and Outlook show it beside the name; the
  // phonetic fields (X-PHONETIC-*) are for pronouncing and sorting a name, vCard 4's ALTID is mostly ignored.
  it('keeps the name in its own script and the extension, read alike by ical.js and by vcf', () => {
    const text = buildVCard(ayuna);

    const props = parse(text);
    expect(values(props, 'fn')[0]?.[3]).toBe('Ayuna Batoeva');
    expect(values(props, 'nickname')[0]?.[3]).toBe('Аюна Батоева');
    const tels = values(props, 'tel');
    expect(tels.map((t) => t[3])).toEqual(['+79161234567', '+41227304222,123']);
    // The extension's number is grouped with a label that says it in words.
    const group = tels[1]![1].group;
    expect(group).toBeTruthy();
    expect(props.find((p) => p[0] === 'x-ablabel' && p[1].group === group)?.[3]).toBe('Office ext. 123');

    const card = new VCard().parse(text);
    expect(card.get('fn').valueOf()).toBe('Ayuna Batoeva');
    expect(card.get('nickname').valueOf()).toBe('Аюна Батоева');
    const second = card.get('tel') as unknown as VCard.Property[];
    expect(second.map((t) => t.valueOf())).toEqual(['+79161234567', '+41227304222,123']);
    expect((second[1] as unknown as { group?: string }).group).toBe(group);
    // What a dialer does with it: the E.164 number, a pause, then the extension as tones.
    const [number, extension] = String(second[1]!.valueOf()).split(',');
    expect(number).toMatch(/^\+[1-9]\d{6,14}$/);
    expect(extension).toBe('123');
    const labels = card.toJSON()[1].filter((p) => /^x-?ab-?label$/i.test(p[0]));
    expect(labels.map((p) => [p[1].group, p[3]])).toEqual([[group, 'Office ext. 123']]);
  });

  it('writes no nickname when the name has no other script', () => {
    expect(buildVCard(tommaso)).not.toContain('NICKNAME');
    expect(buildVCard({ ...ayuna, localName: 'Ayuna Batoeva' })).not.toContain('NICKNAME');
  });

  it('round-trips every field through a real vCard parser', () => {
    const text = buildVCard(tommaso);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    const props = parse(text);
    expect(values(props, 'version')[0]?.[3]).toBe('3.0');
    expect(values(props, 'fn')[0]?.[3]).toBe('Tommaso Della Longa');
    expect(values(props, 'n')[0]?.[3]).toEqual(['Della Longa', 'Tommaso', '', '', '']);
    expect(values(props, 'org')[0]?.[3]).toBe('IFRC');
    expect(values(props, 'title')[0]?.[3]).toBe('Spokesperson; head of media, IFRC');
    const tels = values(props, 'tel');
    expect(tels.map((t) => [t[1].type, t[3]])).toEqual([
      [['CELL', 'VOICE'], '+41797084367'],
      [['WORK', 'VOICE'], '+442079460123,42'],
    ]);
    expect(values(props, 'email')[0]?.[3]).toBe('tommaso@example.org');
    expect(values(props, 'adr')[0]?.[3]).toEqual(['', '', '', 'Moscow', '', '', 'Russia']);
    expect(values(props, 'note')[0]?.[3]).toBe('Languages: it, en, fr');
    expect(values(props, 'url')[0]?.[3]).toBe(tommaso.url);
  });

  it('escapes and folds a long Cyrillic title without breaking characters', () => {
    const role = 'Руководитель отдела коммуникаций Российского Красного Креста, Москва; пресс-служба\\архив';
    const text = buildVCard({ ...tommaso, fullName: 'Аюна Батоева', role, email: null, languages: [] });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const props = parse(text);
    expect(values(props, 'title')[0]?.[3]).toBe(role);
    expect(values(props, 'n')[0]?.[3]).toEqual(['Батоева', 'Аюна', '', '', '']);
    expect(values(props, 'email')).toHaveLength(0);
    expect(values(props, 'note')).toHaveLength(0);
  });

  it('folds at 75 octets with a leading space on continuations', () => {
    const folded = foldLine('NOTE:' + 'x'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((l) => l.startsWith(' ') && l.length <= 75)).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('NOTE:' + 'x'.repeat(200));
  });
});
