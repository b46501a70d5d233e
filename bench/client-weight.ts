import type { Browser } from '@playwright/test';

export type ClientWeight = {
  path: string;
  /** scripts the page's HTML asks for: what this page costs */
  own: { scripts: number; bytes: number };
  /** scripts fetched afterwards, e.g. Link prefetching the next pages' code */
  prefetched: { scripts: number; bytes: number };
  encodings: string[];
};

/**
 * The JavaScript a browser downloads for one page, as sent over the wire (compressed
 * body bytes, headers excluded), until the network is idle. Prefetched code for linked
 * pages depends on timing and on what is on screen, so it is counted apart.
 */
export async function clientWeight(browser: Browser, url: string): Promise<ClientWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Promise<{ path: string; bytes: number; encoding: string }>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
        path: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize,
        encoding: response?.headers()['content-encoding'] ?? 'identity',
      })),
    );
  });
  const document = await page.goto(url, { waitUntil: 'networkidle' });
  const html = (await document?.text()) ?? '';
  const loaded = await Promise.all(scripts);
  await context.close();
  const sum = (list: typeof loaded) => ({ scripts: list.length, bytes: list.reduce((total, s) => total + s.bytes, 0) });
  return {
    path: new URL(url).pathname,
    own: sum(loaded.filter((s) => html.includes(s.path))),
    prefetched: sum(loaded.filter((s) => !html.includes(s.path))),
    encodings: [...new Set(loaded.map((s) => s.encoding))],
  };
}
