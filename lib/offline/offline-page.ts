import type { Locale } from '@/lib/i18n/locales';
import { OFFLINE_WORDS } from './offline-words';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Titles come from the kept HTML, still escaped as it was: decode the few entities React writes. */
const decodeTitle = (title: string) =>
  title
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * What the service worker answers for a page it has not kept while there is no network (a staff page,
 * search, a city never opened): says so, and links the pages that are kept. Never stored itself.
 */
export function offlinePageHtml(kept: { path: string; title: string }[], locale: Locale = 'en'): string {
  const words = OFFLINE_WORDS[locale];
  const list = kept.length
    ? `<p>${escapeHtml(words.keptList)}</p><ul>${kept
        .map((k) => `<li><a href="${escapeHtml(k.path)}">${escapeHtml(decodeTitle(k.title))}</a></li>`)
        .join('')}</ul>`
    : `<p>${escapeHtml(words.noneKept)}</p>`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(words.pageTitle)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;color:#1c1917}
a{color:#1e40af}li{margin:.5rem 0}</style></head>
<body><main><h1>${escapeHtml(words.heading)}</h1>
<p>${escapeHtml(words.notKept)}</p>
${list}
</main></body></html>
`;
}
