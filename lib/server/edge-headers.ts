import type { IncomingHttpHeaders } from 'node:http';

/**
 * `X-Forwarded-*` and `Forwarded` say what a proxy saw (the client's address, the host and scheme
 * it was asked for). Without TRUST_PROXY=1 there is no proxy of ours, so whoever sent them made them
 * up: they are removed before Next, better-auth or a route handler can believe them.
 */
export function dropForwardedHeaders(headers: IncomingHttpHeaders, trustProxy: boolean): void {
  if (trustProxy) return;
  for (const name of Object.keys(headers)) {
    if (name.startsWith('x-forwarded-') || name === 'forwarded') delete headers[name];
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * A write sent by a page of another site (or by a sandboxed frame or a `data:` page, whose Origin
 * is `null`). Browsers always send Origin with a POST; a request without one is not a browser
 * acting for a visitor, so it is let through (Next does the same). Compared with the host the
 * browser asked for: `X-Forwarded-Host` when a trusted proxy set it, else `Host`.
 */
export function isForeignOrigin(headers: IncomingHttpHeaders, trustProxy: boolean): boolean {
  const origin = first(headers.origin);
  if (origin === undefined) return false;
  if (!URL.canParse(origin)) return true; // "null", "", garbage
  const host = (trustProxy && first(headers['x-forwarded-host'])?.split(',')[0]?.trim()) || headers.host;
  return new URL(origin).host !== host?.toLowerCase();
}

/**
 * A form on a page sent with `Referrer-Policy: no-referrer` (the status page: its URL is a secret) posts with
 * `Origin: null`, which Next refuses for a Server Action, so those forms could not work without JavaScript.
 * The browser's Fetch Metadata still says the post came from our own origin: put that origin back. A sandboxed
 * frame or a `data:` page has an opaque origin, never same-origin, so its `null` stays and is refused.
 */
export function restoreWithheldOrigin(headers: IncomingHttpHeaders, trustProxy: boolean): void {
  if (first(headers.origin) !== 'null' || first(headers['sec-fetch-site']) !== 'same-origin') return;
  const host = (trustProxy && first(headers['x-forwarded-host'])?.split(',')[0]?.trim()) || headers.host;
  if (!host) return;
  const proto = (trustProxy && first(headers['x-forwarded-proto'])?.split(',')[0]?.trim()) || 'http';
  headers.origin = `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

export const FOREIGN_ORIGIN_MESSAGE =
  'This form can only be sent from Pressline’s own pages. Nothing was stored: open the page on Pressline and send it there.';
