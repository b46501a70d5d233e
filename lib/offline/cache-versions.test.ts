import { describe, expect, it } from 'vitest';
import {
  assetsCacheName,
  oldestBeyond,
  outdatedCaches,
  outdatedPageCaches,
  pagesCacheName,
  pagesToCarryOver,
} from './cache-versions';

describe('a second deploy replaces the first', () => {
  const FIRST = 'b1-2gmfG0nMDzlkswG6WBw7Q';
  const SECOND = 'b2-Xk3Lq0Zp9sWbA7cD4eF5g';
  const names = [
    pagesCacheName(FIRST),
    assetsCacheName(FIRST),
    'serwist-precache-v2-https://pressline.example.org/',
    'someone-elses-cache',
    pagesCacheName(SECOND),
    assetsCacheName(SECOND),
  ];

  it("the second build's worker deletes every earlier build's pages and scripts, and nothing else", () => {
    expect(outdatedCaches(names, SECOND)).toEqual([pagesCacheName(FIRST), assetsCacheName(FIRST)]);
    expect(outdatedCaches(names, FIRST)).toEqual([pagesCacheName(SECOND), assetsCacheName(SECOND)]);
    expect(outdatedCaches([pagesCacheName(SECOND), assetsCacheName(SECOND)], SECOND)).toEqual([]);
  });

  it('fetches each page an earlier build kept once more for the new one, never its scripts', () => {
    expect(outdatedPageCaches(names, SECOND)).toEqual([pagesCacheName(FIRST)]);
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

describe('a phone never fills up', () => {
  it('drops the copies fetched longest ago, and only beyond the limit', () => {
    const kept = [
      { url: '/releases/b', storedAt: 300 },
      { url: '/cities/moscow', storedAt: 500 },
      { url: '/releases/a', storedAt: 100 },
      { url: '/contacts/x', storedAt: 400 },
    ];
    expect(oldestBeyond(kept, 4)).toEqual([]);
    expect(oldestBeyond(kept, 2)).toEqual(['/releases/a', '/releases/b']);
    expect(oldestBeyond([], 0)).toEqual([]);
  });
});
