import { describe, expect, it } from 'vitest';
import { activeQuickFilter, isWaiting, QUICK_FILTERS, quickFiltersOf, requestsNavLabel } from './needs-me';

describe('the staff navigation’s count', () => {
  it('says how many requests are new, and nothing when none is', () => {
    expect(requestsNavLabel(0)).toBe('Requests');
    expect(requestsNavLabel(2)).toBe('Requests (2 new)');
  });
});

describe('the inbox’s quick filters', () => {
  it('read only the values the links send; anything forged is no filter', () => {
    expect(quickFiltersOf({ due: 'soon' })).toEqual({ mine: false, due: 'soon' });
    expect(quickFiltersOf({ due: 'overdue', mine: '1' })).toEqual({ mine: true, due: 'overdue' });
    expect(quickFiltersOf({ due: ['soon', 'overdue'], mine: 'yes' })).toEqual({ mine: false, due: undefined });
    expect(quickFiltersOf({ due: '<script>' })).toEqual({ mine: false, due: undefined });
  });

  it('mark the link of the filter shown, none when two are combined', () => {
    expect(activeQuickFilter({ mine: false })).toBe('all');
    expect(activeQuickFilter({ mine: true })).toBe('mine');
    expect(activeQuickFilter({ mine: false, due: 'overdue' })).toBe('overdue');
    expect(activeQuickFilter({ mine: true, due: 'soon' })).toBeNull();
  });

  it('link to what they name, sorted by deadline where the deadline is the point', () => {
    for (const f of QUICK_FILTERS) {
      const url = new URL(f.href, 'http://x');
      const key = activeQuickFilter(quickFiltersOf(Object.fromEntries(url.searchParams)));
      expect(key).toBe(f.key);
      if (url.searchParams.has('due')) expect(url.searchParams.get('sort')).toBe('deadline');
    }
  });
});

describe('isWaiting', () => {
  it('is true until the request is scheduled or closed', () => {
    expect(['new', 'acknowledged', 'scheduled', 'done', 'declined'].map((s) => isWaiting(s as never))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
