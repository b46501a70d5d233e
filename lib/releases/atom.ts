/**
 * A minimal Atom 1.0 (RFC 4287) writer. Every text is `type="text"` and escaped: a release titled
 * "Fish & chips <3" is shown as written, never read as markup by a feed reader.
 */

export type AtomEntry = {
  /** A permanent IRI; we use the release's address */
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary: string;
  authors: string[];
  /** The entry's own language (xml:lang), when it differs from the feed's or always: a release keeps its own */
  lang?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  /** This feed's own address (rel="self") */
  self: string;
  /** The page it mirrors (rel="alternate") */
  alternate: string;
  /** Used when an entry has no author of its own; Atom requires one either way */
  author: string;
  updated: Date;
  entries: AtomEntry[];
  /** The language of the feed's own text (its title), as xml:lang on <feed> */
  lang?: string;
};

// Characters XML 1.0 forbids even when escaped (most C0 controls, lone surrogates, U+FFFE/F).
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const text = (name: string, value: string, indent: string) =>
  `${indent}<${name} type="text">${escapeXml(value)}</${name}>`;
const element = (name: string, value: string, indent: string) => `${indent}<${name}>${escapeXml(value)}</${name}>`;
const link = (href: string, rel: string, indent: string, type?: string) =>
  `${indent}<link rel="${rel}"${type ? ` type="${type}"` : ''} href="${escapeXml(href)}"/>`;
const lang = (code: string | undefined) => (code ? ` xml:lang="${escapeXml(code)}"` : '');
const author = (name: string, indent: string) => `${indent}<author><name>${escapeXml(name)}</name></author>`;

export function buildAtomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang(feed.lang)}>`,
    element('id', feed.id, '  '),
    text('title', feed.title, '  '),
    element('updated', feed.updated.toISOString(), '  '),
    link(feed.self, 'self', '  ', 'application/atom+xml'),
    link(feed.alternate, 'alternate', '  ', 'text/html'),
    author(feed.author, '  '),
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry${lang(e.lang)}>`,
      element('id', e.id, '    '),
      text('title', e.title, '    '),
      element('updated', e.updated.toISOString(), '    '),
      ...(e.published ? [element('published', e.published.toISOString(), '    ')] : []),
      link(e.link, 'alternate', '    ', 'text/html'),
      text('summary', e.summary, '    '),
      // An entry read on its own (an aggregator copies entries) still names who published it.
      ...(e.authors.length ? e.authors : [feed.author]).map((name) => author(name, '    ')),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
