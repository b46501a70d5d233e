import { DomUtils, parseDocument } from 'htmlparser2';
import { cloudflareHashOf, decodeCloudflareEmail } from './cloudflare-email';

/**
 * A release's web page as the text the parser reads: paragraphs stay paragraphs, `<br>` a
 * line break; menus, scripts and forms are left out; `mailto:` and `tel:` links give the
 * address or number their text may hide; Cloudflare-protected addresses are decoded and
 * listed, because a person should confirm what was recovered rather than printed.
 */
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;

export type PageText = { text: string; recovered: string[] };

const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'nav',
  'form',
  'button',
  'select',
]);
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'pre',
  'hr',
]);
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'address', 'figcaption', 'caption']);
/** What Cloudflare and scrapers print where an address was: "[email protected]", "email protected". */
const PLACEHOLDER_RE = /^\W*(?:e-?mail\W*protected|e-?mail|courriel|correo)?\W*$/i;

// Marks for the breaks blocks make: the whitespace between tags around them means nothing.
const PARAGRAPH_BREAK = '\u0001';
const LINE_BREAK = '\u0002';

/** Markup rather than text: a doctype, an <html> element or a few closing tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart();
  return (
    /^<(?:!doctype html|html|head|body|meta|article|main|div|p)\b/i.test(head) ||
    (text.match(/<\/(?:p|div|a|span|li)>/gi)?.length ?? 0) >= 3
  );
}

export function htmlToText(html: string): PageText {
  const doc = parseDocument(html, { decodeEntities: true });
  const recovered: string[] = [];
  const out: string[] = [];
  const note = (address: string) => {
    if (!recovered.includes(address)) recovered.push(address);
    return address;
  };

  const walk = (node: ChildNode, pre: boolean) => {
    if (DomUtils.isText(node)) {
      out.push(pre ? node.data : node.data.replace(/\s+/g, ' '));
      return;
    }
    if (!DomUtils.isTag(node)) return;
    const tag = node.name.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') return void out.push('\n');
    const cf = node.attribs['data-cfemail'];
    if (cf !== undefined) {
      const address = decodeCloudflareEmail(cf);
      out.push(address ? note(address) : DomUtils.textContent(node));
      return;
    }
    const breakAfter = PARAGRAPH.has(tag)
      ? PARAGRAPH_BREAK
      : LINE.has(tag)
        ? LINE_BREAK
        : tag === 'td' || tag === 'th'
          ? ' '
          : '';
    if (breakAfter) out.push(breakAfter);
    if (tag === 'a' && link(node)) return void out.push(breakAfter);
    for (const child of node.children) walk(child, pre || tag === 'pre');
    if (breakAfter) out.push(breakAfter);
  };

  /** Writes a link whose href says more than its text; false when its children should simply be walked. */
  const link = (a: Element): boolean => {
    const href = (a.attribs.href ?? '').trim();
    const text = DomUtils.textContent(a).replace(/\s+/g, ' ').trim();
    let address: string | null = null;
    const hash = cloudflareHashOf(href);
    if (hash !== null) {
      // The inner `data-cfemail` span, when there is one, says the same; walking reaches it.
      if (DomUtils.findOne((e) => e.attribs['data-cfemail'] !== undefined, a.children)) return false;
      address = decodeCloudflareEmail(hash);
      if (address) note(address);
    } else if (/^mailto:/i.test(href)) {
      address = safeDecode(href.slice(7).split('?')[0]!).trim() || null;
    } else if (/^tel:/i.test(href)) {
      const number = safeDecode(href.slice(4)).trim();
      if ((text.match(/\d/g)?.length ?? 0) >= 6 || !number) return false;
      out.push(text && !PLACEHOLDER_RE.test(text) ? `${text} ${number}` : number);
      return true;
    }
    if (!address) return false;
    if (text.toLowerCase().includes(address.toLowerCase())) return false;
    out.push(PLACEHOLDER_RE.test(text) || text.includes('@') ? address : `${text}, ${address}`);
    return true;
  };

  const root =
    DomUtils.findOne((e) => e.name === 'article', doc.children) ??
    DomUtils.findOne((e) => e.name === 'main', doc.children);
  const h1 = DomUtils.findOne((e) => e.name === 'h1', doc.children);
  // A page's heading often sits above its <article>: keep it as the first line, where the title goes.
  if (root && h1 && !DomUtils.findOne((e) => e === h1, root.children)) walk(h1, false);
  for (const node of root ? [root] : doc.children) walk(node, false);
  return { text: tidy(out.join('')), recovered };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Block breaks resolved, lines trimmed, runs of blank lines cut to one. */
function tidy(text: string): string {
  return text
    .replace(/[^\S\n]*\u0001[\s\u0001\u0002]*/g, '\n\n')
    .replace(/[^\S\n]*\u0002[\s\u0002]*/g, (m) => (m.includes('\n\n') ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
