import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pageIdentity } from '@/lib/http/public-query';

/** Headers of one response, not of the page: never stored, never replayed. */
const PER_RESPONSE = new Set([
  'x-request-id',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'set-cookie',
  // How long nginx may keep it depends on when it is sent (lib/server/keep-in-front.ts).
  'x-accel-expires',
]);
/** Requests Next answers with something other than the page's HTML (router payloads, actions). */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
];
/** Marks an answer this cache sent (tests and operators can tell it from Next's own cache hit). */
export const SERVED_HEADER = 'x-pressline-cache';
/** Larger bodies are left to Next: no public page comes close. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

export type PageCacheOptions = { maxBytes: number };

/**
 * The last answer Next gave from its own page cache, kept whole (headers and the bytes as sent,
 * compressed or not) by URL and `Accept-Encoding`, and sent again without entering Next at all.
 *
 * Only what Next itself served as a cache hit is kept (`x-nextjs-cache: HIT`, 200, public, no
 * cookie), so this never caches anything Next would not: it only skips Next's routing on the way to
 * the same bytes. Every public write calls `invalidate()` (lib/http/revalidate-public.ts) and the whole
 * cache goes, as writes are rare and a refill costs one cache hit per page. A response that started
 * before an invalidation is never stored (generations), and the cache is cleared again when the
 * writing request has finished, in case Next applied its own invalidation only then.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generation = 0;
  /** Counts `invalidate()` calls, so the server can see that a request wrote. */
  invalidations = 0;

  constructor(private readonly options: PageCacheOptions) {}

  /** Drops everything: called by every write that changes a public page. */
  invalidate() {
    this.invalidations++;
    this.clear();
  }

  /** Drops everything without counting as a write (the server's second clear after a writing request). */
  clear() {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Sends the kept answer for this request and returns true, or returns false (Next answers). */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const key = keyOf(req);
    const entry = key && this.entries.get(key);
    if (!entry) return false;
    // Most recently used last: what the eviction spares longest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Set one by one, not passed to writeHead: the server's hooks on writeHead read them (keep-in-front.ts).
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value!);
    res.setHeader('content-length', entry.body.length);
    res.setHeader(SERVED_HEADER, 'HIT');
    res.writeHead(entry.status);
    res.end(entry.body);
    return true;
  }

  /**
   * Watches the response Next is about to send and keeps it if it is a page cache hit. Install it
   * below every layer that changes the body or headers (compression included), so that it sees the bytes as sent.
   */
  record(req: IncomingMessage, res: ServerResponse) {
    const key = keyOf(req);
    if (!key) return;
    const generation = this.generation;
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) tooLarge = true;
      else chunks.push(buffer);
    };
    const down = { write: res.write.bind(res), end: res.end.bind(res) };
    const patched = res as unknown as {
      write: (...args: unknown[]) => boolean;
      end: (...args: unknown[]) => ServerResponse;
    };
    patched.write = (chunk, encoding, callback) => {
      keep(chunk, encoding);
      return (down.write as (...args: unknown[]) => boolean)(chunk, encoding, callback);
    };
    patched.end = (chunk, encoding, callback) => {
      keep(chunk, encoding);
      return (down.end as (...args: unknown[]) => ServerResponse)(chunk, encoding, callback);
    };
    res.once('finish', () => {
      if (tooLarge || generation !== this.generation || !isKeepable(res)) return;
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders()))
        if (!PER_RESPONSE.has(name) && value !== undefined) headers[name] = value;
      this.store(key, { status: res.statusCode, headers, body: Buffer.concat(chunks) });
    });
  }

  private store(key: string, entry: Entry) {
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= oldEntry.body.length;
    }
  }
}

/** The cache key, or null for a request this cache never answers. */
function keyOf(req: IncomingMessage): string | null {
  if (req.method !== 'GET' || !req.url || req.url.includes('_rsc=')) return null;
  const h = req.headers;
  // Conditional and partial requests get their 304 or range from the layers below.
  if (h['if-none-match'] || h['if-modified-since'] || h.range) return null;
  if (ROUTER_HEADERS.some((name) => h[name] !== undefined)) return null;
  // By the page, not the raw URL: otherwise `/?x=1…n` would each take an entry and evict real pages.
  const page = pageIdentity(req.url);
  return page === null ? null : `${page}\n${h['accept-encoding'] ?? ''}`;
}

function isKeepable(res: ServerResponse): boolean {
  return (
    res.statusCode === 200 &&
    res.getHeader('x-nextjs-cache') === 'HIT' &&
    !res.hasHeader('set-cookie') &&
    String(res.getHeader('cache-control') ?? '').startsWith('public')
  );
}
