import { describe, expect, it } from 'vitest';
import { outdatedPageCaches, pagesCacheName, pagesToCarryOver } from './cache-versions';

describe('a second deploy replaces the first', () => {
  const FIRST = 'b1-2gmfG0nMDzlkswG6WBw7Q';
  const SECOND = 'b2-Xk3Lq0Zp9sWbA7cD4eF5g';

  it("the second build's worker drops every earlier build's pages and nothing else", () => {
    const names = [pagesCacheName(FIRST), 'serwist-precache-v2-https://pressline.example.org/', pagesCacheName(SECOND)];
    expect(outdatedPageCaches(names, SECOND)).toEqual([pagesCacheName(FIRST)]);
    expect(outdatedPageCaches(names, FIRST)).toEqual([pagesCacheName(SECOND)]);
    expect(outdatedPageCaches([pagesCacheName(SECOND)], SECOND)).toEqual([]);
  });

  it('fetches each page an earlier build kept once more for the new one', () => {
    const kept = [
      ['https://p.example/cities/moscow', 'https://p.example/contacts/ayuna-batoeva'],
      ['https://p.example/contacts/ayuna-batoeva', 'https://p.example/'],
    ];
    expect(pagesToCarryOver(kept)).toEqual([
      'https://p.example/cities/moscow',
      'https://p.example/contacts/ayuna-batoeva',
      'https://p.example/',
    ]);
  });
});
