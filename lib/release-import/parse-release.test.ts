import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release';
import { phone } from './test-helpers';

// The IFRC release's facts as printed (fixtures/); its e-mails are a scraper's placeholder.
const reference = readFileSync(
  new URL('../../fixtures/releases/ifrc-moscow-geneva-2021-12-06.txt', import.meta.url),
  'utf8',
);

describe('parseRelease on a whole release', () => {
  it('reads the reference release: three people, two cities, three hidden e-mails', () => {
    expect(parseRelease(reference)).toEqual({
      title: 'IFRC President Francesco Rocca meets with Russian President Vladimir Putin',
      date: '2021-12-06',
      dateline: ['Moscow', 'Geneva'],
      contacts: [
        {
          city: 'Moscow',
          name: 'Ayuna Batoeva',
          role: null,
          phones: [phone('+7 916 667 6977', '+79166676977')],
          emails: [],
          notes: [],
        },
        // A Swiss mobile for a Moscow spokesperson: the number's country code wins.
        {
          city: 'Moscow',
          name: 'Tommaso Della Longa',
          role: null,
          phones: [phone('+41 79 708 4367', '+41797084367')],
          emails: [],
          notes: [],
        },
        {
          city: 'Geneva',
          name: 'Marie Claudet',
          role: null,
          phones: [phone('+33 7 86 89 50 89', '+33786895089')],
          emails: [],
          notes: [],
        },
      ],
      warnings: [
        'E-mail hidden for Ayuna Batoeva ("[email protected]"): ask the press office',
        'E-mail hidden for Tommaso Della Longa ("[email protected]"): ask the press office',
        'E-mail hidden for Marie Claudet ("[email protected]"): ask the press office',
      ],
    });
  });

  it('ignores the story, links and the boilerplate after the contacts', () => {
    const release = [
      'Fictional Society opens a clinic in Geneva',
      '',
      'GENEVA, December 6, 2021 – The Fictional Society opened a clinic today. Head of Programmes Jane Roe said: "We are glad."',
      '',
      'For more information on the programme, visit https://example.org/2021/12/06/clinic.',
      '',
      'Media contacts:',
      'In Geneva: Jane Doe, +41 79 555 01 23',
      '',
      'About the Fictional Society',
      'Founded in 1900. Switchboard: +41 22 555 01 00.',
    ].join('\n');
    expect(parseRelease(release)).toEqual({
      title: 'Fictional Society opens a clinic in Geneva',
      date: '2021-12-06',
      dateline: ['Geneva'],
      contacts: [
        {
          city: 'Geneva',
          name: 'Jane Doe',
          role: null,
          phones: [phone('+41 79 555 01 23', '+41795550123')],
          emails: [],
          notes: [],
        },
      ],
      warnings: [],
    });
  });

  it('says so when there is nobody to read', () => {
    expect(parseRelease('The Fictional Society opened a clinic today.')).toEqual({
      title: null,
      date: null,
      dateline: [],
      contacts: [],
      warnings: ['No media contacts found'],
    });
    expect(parseRelease('A clinic opens\n\nMedia contacts:\nto follow')).toEqual({
      title: 'A clinic opens',
      date: null,
      dateline: [],
      contacts: [],
      warnings: ['The media-contacts block names nobody we could read'],
    });
  });
});
