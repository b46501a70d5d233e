import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { applyNotFoundPage } from './not-found-shell';

const PAGE = Buffer.from('<!DOCTYPE html><html lang="en"><body><h1>Not found</h1></body></html>');
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>1</script></body></html>';
let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers like Next would, behind the layer. */
async function get(path: string, answer: (res: ServerResponse) => void) {
  server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    applyNotFoundPage(req, res, () => PAGE);
    answer(res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
  return { status: response.status, body: await response.text() };
}

describe('applyNotFoundPage', () => {
  it('sends the real Not found page in place of the empty 404 shell, still with 404', async () => {
    const r = await get('/contacts/nobody', (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-length', Buffer.byteLength(SHELL));
      res.end(SHELL);
    });
    expect(r).toEqual({ status: 404, body: PAGE.toString() });
  });

  it('leaves every other answer alone: a real 404 page, and a 200 that mentions the shell', async () => {
    const own = '<!DOCTYPE html><html lang="en"><body>Gone</body></html>';
    expect(await get('/x', (res) => ((res.statusCode = 404), res.end(own)))).toEqual({ status: 404, body: own });
    expect(await get('/y', (res) => res.end(SHELL))).toEqual({ status: 200, body: SHELL });
  });
});
