import type { ServerResponse } from 'node:http';
import { bootstrapScriptHashes } from '@/lib/csp';

type Head = (statusCode: number, ...rest: unknown[]) => ServerResponse;
type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

const toBuffer = (chunk: unknown, encoding: unknown) =>
  Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');

/**
 * Sets the Content-Security-Policy of one response. HTML is held back until it is complete so the
 * policy can name the hashes of exactly the inline bootstrap scripts it contains: pages stay
 * cacheable (no per-request nonce), at the cost of not streaming HTML. Other responses pass through.
 */
export function applyContentSecurityPolicy(res: ServerResponse, policy: (scriptHashes: string[]) => string) {
  const down = { writeHead: res.writeHead.bind(res) as Head, write: res.write.bind(res) as Write, end: res.end.bind(res) as End, flushHeaders: res.flushHeaders.bind(res) };
  let mode: 'undecided' | 'buffer' | 'pass' | 'done' = 'undecided';
  let head: [number, ...unknown[]] | null = null;
  const chunks: Buffer[] = [];

  const decide = () => {
    if (mode !== 'undecided') return;
    mode = String(res.getHeader('content-type') ?? '').startsWith('text/html') ? 'buffer' : 'pass';
    if (mode === 'pass' && !res.headersSent) res.setHeader('Content-Security-Policy', policy([]));
  };

  const patched = res as unknown as { writeHead: Head; write: Write; end: End; flushHeaders: () => void };
  patched.writeHead = (statusCode, ...rest) => {
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
    res.setHeader('Content-Security-Policy', policy(bootstrapScriptHashes(body.toString('utf8'))));
    down.writeHead(...(head ?? [res.statusCode]));
    const cb = [chunk, encoding, callback].find((x) => typeof x === 'function');
    return down.end(body, cb);
  };
}
