import type { Metadata } from 'next';
import { NotFoundText } from '@/components/not-found-text';
import { LOCALES } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The Not found page in each language, prerendered at build (.next/server/app/<locale>/missing.html): what the
 * server sends for a 404 under that language's prefix (lib/server/not-found-shell.ts). Never a page of its own:
 * proxy.ts answers the address itself with a 404.
 */
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

export default async function MissingPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return <NotFoundText locale={locale} />;
}
