import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanRelease, splitTitleLine } from './clean-release';

const reference = readFileSync(
  new URL('../../fixtures/releases/ifrc-moscow-geneva-2021-12-06.txt', import.meta.url),
  'utf8',
);

describe('splitTitleLine', () => {
  it.each([
    ['GENEVA, 6 December 2021 – IFRC opens a clinic', 'IFRC opens a clinic', 'GENEVA, 6 December 2021'],
    ['Moscow/Geneva, 6 December 2021 - Talks on vaccines', 'Talks on vaccines', 'Moscow/Geneva, 6 December 2021'],
    ['NAIROBI, Kenya, Dec. 6, 2021 — Water points reopen', 'Water points reopen', 'NAIROBI, Kenya, Dec. 6, 2021'],
    [
      'Genève, le 6 décembre 2021 – La FICR ouvre une clinique',
      'La FICR ouvre une clinique',
      'Genève, le 6 décembre 2021',
    ],
  ])('%s', (line, title, dateline) => {
    expect(splitTitleLine(line)).toEqual({ title, dateline });
  });

  it('leaves a plain title alone, dashes and all', () => {
    expect(splitTitleLine('Floods in Kenya – 20,000 people need help')).toEqual({
      title: 'Floods in Kenya – 20,000 people need help',
      dateline: null,
    });
  });
});

describe('cleanRelease', () => {
  it('cuts the reference release’s dateline, contacts block and page links, and keeps the story', () => {
    const clean = cleanRelease(reference);
    expect(clean.title).toBe('IFRC President Francesco Rocca meets with Russian President Vladimir Putin');
    expect(clean.body).toMatch(/^Francesco Rocca and Vladimir Putin in conversation/);
    expect(clean.body).toContain('\n\nFrancesco Rocca, who leads the International Federation');
    expect(clean.body).not.toContain('6 December 2021');
    expect(clean.body).toMatch(/attended the "We Are Together" forum for volunteers\.$/);
    expect(clean.body).not.toMatch(/Ayuna|\+7 916|For more information/);
    expect(clean.about).toBe('');
    expect(clean.cut.map((c) => c.what)).toEqual([
      'Dateline at the start of the body (shown above it)',
      'Contacts block (listed as the release’s contacts)',
      'Links and tags from the web page',
    ]);
    expect(clean.cut[0]!.text).toBe('Moscow/Geneva, 6 December 2021');
    expect(clean.cut[1]!.text).toMatch(
      /^For more information and to set up interviews:\n\nIn Moscow:[\s\S]*\+33 7 86 89 50 89, \[email protected\]$/,
    );
  });

  it('moves a dateline from the first line, "###" and the boilerplate out of the body', () => {
    const clean = cleanRelease(
      [
        'GENEVA, 6 December 2021 – Fictional Society opens a clinic',
        '',
        'About 200 volunteers built it in a month',
        '',
        'The clinic serves 4,000 families. For more information, please contact:',
        'Jane Doe, +41 79 555 01 23',
        '',
        '###',
        '',
        'About the Fictional Society',
        'Founded in 1900, it works in 30 countries.',
        '',
        'Notes to editors',
        'Photos are free to use.',
        '',
        'Tags: health, Geneva',
      ].join('\n'),
    );
    expect(clean.title).toBe('Fictional Society opens a clinic');
    expect(clean.body).toBe('About 200 volunteers built it in a month\n\nThe clinic serves 4,000 families.');
    expect(clean.about).toBe(
      'About the Fictional Society\nFounded in 1900, it works in 30 countries.\n\nNotes to editors\nPhotos are free to use.',
    );
    expect(clean.cut).toEqual([
      { what: 'Dateline printed before the title (kept as the date and dateline)', text: 'GENEVA, 6 December 2021' },
      {
        what: 'Contacts block (listed as the release’s contacts)',
        text: 'For more information, please contact:\nJane Doe, +41 79 555 01 23',
      },
      { what: 'End marks', text: '###' },
      { what: 'Links and tags from the web page', text: 'Tags: health, Geneva' },
    ]);
  });

  it('keeps a text with no contacts block whole', () => {
    expect(cleanRelease('Title\n\nOne paragraph.\n')).toEqual({
      title: 'Title',
      body: 'One paragraph.',
      about: '',
      cut: [],
    });
  });
});
