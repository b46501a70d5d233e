/**
 * Cloudflare's "email address obfuscation" hides an address in a page as hex: the first byte
 * is a key, every following byte is a character of the address XORed with that key. It is
 * found as `data-cfemail="…"` or after `#` in a link to `/cdn-cgi/l/email-protection`.
 */

const HEX_RE = /^(?:[0-9a-f]{2}){2,}$/i;

/** The address hidden in `hex`, or null when the hex is malformed or does not decode to an address. */
export function decodeCloudflareEmail(hex: string): string | null {
  const clean = hex.trim();
  if (!HEX_RE.test(clean) || clean.length > 1024) return null;
  const key = parseInt(clean.slice(0, 2), 16);
  const bytes = new Uint8Array((clean.length - 2) / 2);
  for (let i = 2; i < clean.length; i += 2) bytes[i / 2 - 1] = parseInt(clean.slice(i, i + 2), 16) ^ key;
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Links carry "mailto:"-free addresses, sometimes with "?subject=…" after them.
  const address = decodeURIComponent(decoded.split('?')[0]!).trim();
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/u.test(address) ? address : null;
}

/** The reverse, for tests and for anyone checking a page by hand. */
export function encodeCloudflareEmail(address: string, key: number): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...new TextEncoder().encode(address)].map((b) => hex(b ^ key)).join('');
}

/** The hex after `#` in a `/cdn-cgi/l/email-protection#…` link, or null for any other link. */
export function cloudflareHashOf(href: string): string | null {
  const m = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)$/i.exec(href.trim());
  return m ? m[1]! : null;
}
