// Next's own ISR cache (memory LRU + files under .next/server/), minus one thing: an answer with an
// error status is never kept. Every public page is force-static with `generateStaticParams` returning
// [] (rendered on first request, then kept until a write revalidates it), so without this each unknown
// slug became a cached 404 on disk: anyone could fill it, and a 404 outlived the contact created after
// it (issue #13, items 4 and 5). A 404 is now rendered each time it is asked for: one indexed query.
// Plain JavaScript because Next imports it itself, at run time and during the build.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class KnownPagesOnlyCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && typeof data.status === 'number' && data.status >= 400) return;
    return super.set(key, data, ctx);
  }
}
