import { z } from 'zod';
import { getContactForVCard } from '@/db/queries/directory';
import { publicUrl } from '@/lib/config';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { conditionalResponse } from '@/lib/http/conditional';
import { contactVCard } from '@/lib/directory/contact-vcard';
import { LOCALES } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

// Made per request (one indexed read) so that If-None-Match / If-Modified-Since get their 304 (decision 0063).
export const dynamic = 'force-dynamic';

const route = z.object({ locale: z.enum(LOCALES), slug: z.string().min(1).max(200) });
const notFound = (text: string) =>
  new Response(`${text}\n`, {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/** A contact's vCard in the language of the page it was saved from (/ru/contacts/x/vcard is in Russian). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const parsed = route.safeParse(await params);
  if (!parsed.success) return notFound('No such contact.');
  const { locale, slug } = parsed.data;
  const c = await getContactForVCard(slug, locale);
  if (!c) return notFound((await translatorFor(locale))('VCard.notFound'));
  const body = await contactVCard(c, publicUrl(), locale);
  return conditionalResponse(request, body, {
    'content-type': 'text/vcard; charset=utf-8',
    'content-disposition': `attachment; filename="${c.slug}.vcf"`,
    'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
  });
}
