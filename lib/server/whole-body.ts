import type { ServerResponse } from 'node:http';

export type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;
type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;

/**
 * Wraps `res.end` so that `handle` sees a body sent whole, in one non-empty `end()` — how Next
 * sends cached and prerendered pages — with the `end` below this layer to finish with. Streamed
 * bodies (any `write()` first) and empty ones pass straight through.
 */
export function interceptWholeBody(
  res: ServerResponse,
  handle: (body: string | Buffer, encoding: unknown, callback: unknown, end: End) => ServerResponse,
) {
  const down = { end: res.end.bind(res) as End, write: res.write.bind(res) as Write };
  let streamed = false;
  const patched = res as unknown as { end: End; write: Write };
  patched.write = (chunk, encoding, callback) => {
    streamed = true;
    return down.write(chunk, encoding, callback);
  };
  patched.end = (chunk, encoding, callback) => {
    if (streamed || !(typeof chunk === 'string' || Buffer.isBuffer(chunk)) || chunk.length === 0)
      return down.end(chunk, encoding, callback);
    return handle(chunk, encoding, callback, down.end);
  };
}
