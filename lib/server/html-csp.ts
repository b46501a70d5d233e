import type { ServerResponse } from 'node:http';
import { bootstrapScriptHashes } from '@/lib/http/csp';

type Head = (statusCode: number, ...rest: unknown[]) => ServerResponse;
type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

const toBuffer = (chunk: unknown, encoding: unknown) =>
  Buffer.isBuffer(chunk)
    ? chunk
    : chunk instanceof Uint8Array
      ? Buffer.from(chunk)
      : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');

/** Script hashes of HTML bodies already seen, by ETag (Next's hash of the body): cache hits skip the buffering. */
const hashesByEtag = new Map<string, string[]>();
const MAX_REMEMBERED = 1000;

function remember(etag: string, hashes: string[]) {
  if (hashesByEtag.size >= MAX_REMEMBERED) hashesByEtag.delete(hashesByEtag.keys().next().value!);
  hashesByEtag.set(etag, hashes);
}

/**
 * Sets the Content-Security-Policy of one response. HTML is held back until it is complete so the
 * policy can name the hashes of exactly the inline bootstrap scripts it contains: pages stay
 * cacheable (no per-request nonce), at the cost of not streaming HTML. A cached page comes with
 * the ETag of its body: once its hashes are known, it streams straight through with the same
 * policy. Other responses pass through. `method` is the request's: only a GET's body is complete
 * enough to remember (HEAD and 304 answers have none).
 */
export function applyContentSecurityPolicy(
  res: ServerResponse,
  policy: (scriptHashes: string[]) => string,
  method = 'GET',
) {
  const down = {
    writeHead: res.writeHead.bind(res) as Head,
    write: res.write.bind(res) as Write,
    end: res.end.bind(res) as End,
    flushHeaders: res.flushHeaders.bind(res),
  };
  let mode: 'undecided' | 'buffer' | 'pass' | 'done' = 'undecided';
  let head: [number, ...unknown[]] | null = null;
  const chunks: Buffer[] = [];

  const decide = () => {
    if (mode !== 'undecided') return;
    // A 304 or HEAD answer has no body to hash, and caches copy its headers onto the stored page:
    // it must not carry a policy, or it would replace the page's own with one that allows no script.
    if (method === 'HEAD' || res.statusCode === 304) {
      mode = 'pass';
      return;
    }
    const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
    const known = html ? hashesByEtag.get(String(res.getHeader('etag'))) : undefined;
    mode = html && !known ? 'buffer' : 'pass';
    if (mode === 'pass' && !res.headersSent) res.setHeader('Content-Security-Policy', policy(known ?? []));
  };

  const patched = res as unknown as { writeHead: Head; write: Write; end: End; flushHeaders: () => void };
  patched.writeHead = (statusCode, ...rest) => {
    if (mode === 'undecided') res.statusCode = statusCode;
    decide();
    if (mode !== 'buffer') return down.writeHead(statusCode, ...rest);
    head = [statusCode, ...rest];
    res.statusCode = statusCode;
    return res;
  };
  patched.flushHeaders = () => {
    decide();
    if (mode !== 'buffer') down.flushHeaders();
  };
  patched.write = (chunk, encoding, callback) => {
    decide();
    if (mode !== 'buffer') return down.write(chunk, encoding, callback);
    chunks.push(toBuffer(chunk, encoding));
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (typeof cb === 'function') queueMicrotask(() => cb());
    return true;
  };
  patched.end = (chunk, encoding, callback) => {
    decide();
    if (mode !== 'buffer') return down.end(chunk, encoding, callback);
    mode = 'done';
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    const body = Buffer.concat(chunks);
    const hashes = bootstrapScriptHashes(body.toString('utf8'));
    const etag = res.getHeader('etag');
    if (typeof etag === 'string' && method === 'GET' && body.length > 0) remember(etag, hashes);
    res.setHeader('Content-Security-Policy', policy(hashes));
    down.writeHead(...(head ?? [res.statusCode]));
    const cb = [chunk, encoding, callback].find((x) => typeof x === 'function');
    return down.end(body, cb);
  };
}
