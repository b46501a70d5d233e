import { createHash } from 'node:crypto';

/**
 * Next's own inline scripts only push data: `self.__next_f.push([…])` (the page's RSC payload) and
 * Turbopack's chunk list. A script of exactly that shape whose argument is a JSON literal cannot run
 * anything else, so it is safe to allow by hash; any other inline script (an injection) is not hashed
 * and the browser refuses it.
 */
const BOOTSTRAP_SHAPES = [
  { prefix: 'self.__next_f.push(', suffix: ')' },
  { prefix: '(self.__next_f=self.__next_f||[]).push(', suffix: ')' },
  { prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', suffix: ');' },
];

export function isFrameworkBootstrap(source: string): boolean {
  const shape = BOOTSTRAP_SHAPES.find((s) => source.startsWith(s.prefix) && source.endsWith(s.suffix));
  if (!shape) return false;
  try {
    const data: unknown = JSON.parse(source.slice(shape.prefix.length, source.length - shape.suffix.length));
    return typeof data === 'object' && data !== null;
  } catch {
    return false;
  }
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** `'sha256-…'` sources for the framework's inline scripts in this HTML, in order, without repeats. */
export function bootstrapScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, source = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (isFrameworkBootstrap(source))
      hashes.add(`'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy for one response. Scripts: our own files ('self') plus the hashed bootstrap scripts;
 * no 'unsafe-inline', so injected `<script>` and `onerror=` never run. Styles keep 'unsafe-inline'
 * (React sets style attributes); styles cannot run code.
 */
export function contentSecurityPolicy(scriptHashes: string[], { https }: { https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The offline service worker (/serwist/sw.js) and the web app manifest are our own files, nothing else.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers on every response; HSTS only when the public address is https (never on plain-http dev). */
export function securityHeaders({ https }: { https: boolean }): [string, string][] {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ...(https ? [['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] as [string, string]] : []),
  ];
}
