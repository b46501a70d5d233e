import { timingSafeEqual } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { config } from '@/lib/config';

/** Called once by our own server at start (lib/server/server.ts) with a token that never leaves the process. */
export async function POST(request: Request) {
  const token = config().PRESSLINE_INTERNAL_TOKEN;
  const given = request.headers.get('authorization') ?? '';
  const expected = `Bearer ${token}`;
  const ok = token && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) return new Response('Not found', { status: 404 });
  revalidatePath('/', 'layout');
  return Response.json({ revalidated: true });
}
