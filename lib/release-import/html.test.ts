import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeCloudflareEmail } from './cloudflare-email';
import { htmlToText, looksLikeHtml } from './html';
import { parseRelease } from './parse-release';

const page = readFileSync(new URL('../../fixtures/releases/example-lima-2022-03-14.html', import.meta.url), 'utf8');

describe('htmlToText', () => {
  it('reads a release page: heading, paragraphs, the contacts block with both protected addresses decoded', () => {
    const { text, recovered } = htmlToText(page);
    expect(recovered).toEqual(['lucia.quispe@example.org', 'mateo.huaman@example.org']);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Volunteers restore water to hillside districts');
    // <br> is a line break, </p> a blank line: the parser sees "In Lima:" above its people.
    expect(text).toContain(
      '\n\nIn Lima:\nLucía Quispe, Communications officer, +61 491 570 110, lucia.quispe@example.org\n\nMateo Huamán,',
    );
    expect(text).toContain(
      'Lima, 14 March 2022 – A fictional release written for Pressline’s tests. Volunteers of the Example Red Cross',
    );
    expect(text).not.toMatch(/protected|dataLayer|Home\nNews|Privacy|Landslides: appeal/);
  });

  it('gives the parser the people, numbers and recovered addresses', () => {
    const parsed = parseRelease(htmlToText(page).text);
    expect(parsed.contacts.map((c) => [c.city, c.name, c.phones.map((p) => p.e164), c.emails])).toEqual([
      ['Lima', 'Lucía Quispe', ['+61491570110'], ['lucia.quispe@example.org']],
      ['Lima', 'Mateo Huamán', ['+61491570111'], ['mateo.huaman@example.org']],
    ]);
  });

  it('uses mailto: and tel: links whose text hides the address or number', () => {
    const html = `<p>Jane Doe, <a href="tel:+41%2079%20555%2001%2023">call her</a>, <a href="mailto:jane@example.org?subject=Hi">E-mail</a>
      <br><a href="mailto:desk@example.org">Press desk</a> <a href="tel:+41225550100">+41 22 555 01 00</a></p>`;
    expect(htmlToText(html).text).toBe(
      'Jane Doe, call her +41 79 555 01 23, jane@example.org\nPress desk, desk@example.org +41 22 555 01 00',
    );
  });

  it('decodes any element with data-cfemail, keeps a malformed one as printed, and lists each address once', () => {
    const hex = encodeCloudflareEmail('presse@example.ch', 0x7e);
    const html = `<div><span class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</span></div>
      <div><a href="/cdn-cgi/l/email-protection#${hex}">[email protected]</a></div><div><span data-cfemail="zz">[email protected]</span></div>`;
    expect(htmlToText(html)).toEqual({
      text: 'presse@example.ch\npresse@example.ch\n[email protected]',
      recovered: ['presse@example.ch'],
    });
  });

  it('keeps <pre> as printed', () => {
    expect(htmlToText('<pre>Name   Phone\nJane   +41 79 555 01 23</pre>').text).toBe(
      'Name Phone\nJane +41 79 555 01 23',
    );
  });
});

describe('looksLikeHtml', () => {
  it('tells a page from a pasted text', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('<p>One</p><p>Two</p><p>Three</p>')).toBe(true);
    expect(looksLikeHtml('Title\n\nPeople <3 clinics. For more information: Jane Doe <jane@example.org>')).toBe(false);
  });
});
