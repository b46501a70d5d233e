import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml, type AtomFeed } from './atom';

const feed: AtomFeed = {
  id: 'https://press.example.org/feeds/releases.xml',
  title: 'Releases: Genève & <Москва>',
  self: 'https://press.example.org/feeds/releases.xml',
  alternate: 'https://press.example.org/releases?city=geneva&page=2',
  author: 'Pressline',
  updated: new Date('2021-12-06T10:00:00Z'),
  lang: 'fr',
  entries: [
    {
      id: 'https://press.example.org/releases/rocca-meets-putin',
      title: 'Fish & chips <3 "quoted" \'single\' ]]> <script>alert(1)</script>',
      link: 'https://press.example.org/releases/rocca-meets-putin',
      updated: new Date('2021-12-06T12:30:00Z'),
      published: new Date('2021-12-06T00:00:00Z'),
      summary: 'Talks on vaccines\u0002 and a bell\u0007, kept as text.',
      authors: ['IFRC', 'Pressline demo'],
      lang: 'ru',
    },
    {
      id: 'https://press.example.org/releases/second',
      title: 'Second',
      link: 'https://press.example.org/releases/second',
      updated: new Date('2021-11-01T00:00:00Z'),
      summary: '',
      authors: [],
    },
  ],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed(feed);

  it('is well-formed XML even with markup, quotes, CDATA ends and control characters in the text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has the elements Atom 1.0 requires, with the texts given back exactly as plain text', () => {
    const root = parser.parse(xml).feed;
    expect(root['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(root.id).toBe(feed.id);
    expect(root.title).toEqual({ '#text': 'Releases: Genève & <Москва>', '@type': 'text' });
    expect(root.updated).toBe('2021-12-06T10:00:00.000Z');
    expect(root.link).toEqual([
      { '@rel': 'self', '@type': 'application/atom+xml', '@href': feed.self },
      { '@rel': 'alternate', '@type': 'text/html', '@href': feed.alternate },
    ]);
    expect(root.author).toEqual([{ name: 'Pressline' }]);
    const [first, second] = root.entry;
    expect(first.id).toBe('https://press.example.org/releases/rocca-meets-putin');
    expect(first.title['#text']).toBe('Fish & chips <3 "quoted" \'single\' ]]> <script>alert(1)</script>');
    expect(first.title['@type']).toBe('text');
    expect(first.updated).toBe('2021-12-06T12:30:00.000Z');
    expect(first.published).toBe('2021-12-06T00:00:00.000Z');
    expect(first.link).toEqual([
      { '@rel': 'alternate', '@type': 'text/html', '@href': 'https://press.example.org/releases/rocca-meets-putin' },
    ]);
    expect(first.summary['#text']).toBe('Talks on vaccines and a bell, kept as text.');
    expect(first.author).toEqual([{ name: 'IFRC' }, { name: 'Pressline demo' }]);
    expect(second.published).toBeUndefined();
    // The feed's text is in the reader's language; each entry keeps its release's own.
    expect(root['@xml:lang']).toBe('fr');
    expect(first['@xml:lang']).toBe('ru');
    expect(second['@xml:lang']).toBeUndefined();
    // No organisation of its own: the feed's author, so the entry stands alone when an aggregator copies it.
    expect(second.author).toEqual([{ name: 'Pressline' }]);
  });

  it('never lets a raw markup character through', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0002');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>\u0000\uFFFE😀`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;😀');
  });
});
