import { describe, expect, it } from 'vitest';
import { readDateline } from './dateline';
import { toLines } from './text';

describe('readDateline', () => {
  it.each([
    ['Moscow/Geneva, 6 December 2021\u202f– The President…', '2021-12-06', ['Moscow', 'Geneva']],
    ['Washington, December 6, 2021 – The…', '2021-12-06', ['Washington']],
    ['NEW YORK/NAIROBI, Dec. 6, 2021 (Fictional News) —', '2021-12-06', ['New York', 'Nairobi']],
    ['Genève, 1er décembre 2021 – Le…', '2021-12-01', ['Genève']],
    ['Wien, 6. Dezember 2021. Die…', '2021-12-06', ['Wien']],
    ['Wien (Österreich), 6. März 2022 –', '2022-03-06', ['Wien']],
    ['Madrid, 6 de diciembre de 2021 – La…', '2021-12-06', ['Madrid']],
    ['Berlin, 06.12.2021 – Die…', '2021-12-06', ['Berlin']],
    ['GENEVA, Switzerland, 2021-12-06 –', '2021-12-06', ['Geneva']],
  ])('reads %j', (line, date, dateline) => {
    expect(readDateline(toLines(`A title\n\n${line}`))).toEqual({ date, dateline });
  });

  it('takes a date on a line of its own when there is no dateline', () => {
    expect(readDateline(['A title', 'Published: 6 December 2021', 'Text.'])).toEqual({
      date: '2021-12-06',
      dateline: [],
    });
  });

  it('takes no date from inside the story, nor an impossible one', () => {
    const story =
      'On 5 December 2021 the President of the Fictional Society met volunteers in the capital to discuss plans.';
    expect(readDateline(['A title', story])).toEqual({ date: null, dateline: [] });
    expect(readDateline(['Geneva, 31 February 2021 –'])).toEqual({ date: null, dateline: [] });
  });
});
