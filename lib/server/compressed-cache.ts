import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';
import { callbackOf, interceptWholeBody } from './whole-body';

type Encoding = 'br' | 'gzip';

/** Compressed bodies by encoding and ETag, oldest use first; at most this many bytes in all. */
const bodies = new Map<string, Buffer>();
const MAX_BYTES = 16 * 1024 * 1024;
let heldBytes = 0;

function remember(key: string, body: Buffer) {
  bodies.set(key, body);
  heldBytes += body.length;
  for (const [oldKey, old] of bodies) {
    if (heldBytes <= MAX_BYTES) break;
    bodies.delete(oldKey);
    heldBytes -= old.length;
  }
}

function lookUp(key: string): Buffer | undefined {
  const body = bodies.get(key);
  if (body) {
    // Most recently used last: what the eviction above spares longest.
    bodies.delete(key);
    bodies.set(key, body);
  }
  return body;
}

/** Done once per page version, so it can afford more effort than a per-response stream (brotli 4). */
function compress(encoding: Encoding, body: Buffer): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : zlib.gzipSync(body, { level: 9 });
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|rss\+xml|javascript))/;

/**
 * A cached page is the same bytes for every visitor, yet the `compression` middleware compresses
 * it again for each one: about a fifth of a cache hit's cost for a browser. This layer keeps each
 * page version's brotli and gzip bodies by ETag and sends those; `compression` then sees
 * `Content-Encoding` already set and passes them through (after adding `Vary: Accept-Encoding`). Responses without an
 * ETag (streamed
 * renders), HEAD requests and clients that accept neither encoding are left to `compression`.
 *
 * Install it inside the ETag and CSP layers (before them), outside `compression` (after it).
 */
export function applyCompressedCache(req: IncomingMessage, res: ServerResponse) {
  interceptWholeBody(res, (chunk, encoding, callback, end) => {
    const etag = res.getHeader('etag');
    if (
      typeof etag !== 'string' ||
      req.method !== 'GET' ||
      res.headersSent ||
      (res.statusCode !== 200 && res.statusCode !== 404) ||
      res.hasHeader('content-encoding') ||
      !COMPRESSIBLE.test(String(res.getHeader('content-type') ?? '')) ||
      chunk.length < 1024
    ) {
      return end(chunk, encoding, callback);
    }
    // negotiator 0.6 takes the server's preference for equal q-values second, as `compression` uses it;
    // its published types omit that parameter.
    const negotiator = new Negotiator(req) as unknown as {
      encoding: (available: string[], preferred: string[]) => string | undefined;
    };
    const chosen = negotiator.encoding(['br', 'gzip', 'identity'], ['br', 'gzip']);
    if (chosen !== 'br' && chosen !== 'gzip') return end(chunk, encoding, callback);
    const key = `${chosen} ${etag}`;
    let body = lookUp(key);
    if (!body) {
      body = compress(
        chosen,
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      );
      remember(key, body);
    }
    res.setHeader('Content-Encoding', chosen);
    res.setHeader('Content-Length', body.length);
    return end(body, callbackOf(encoding, callback));
  });
}
