import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, localizedPath } from '@/lib/i18n/locales';

/**
 * A visible way to the Atom feed that the page's <link rel="alternate"> names (lib/releases/feed-links.ts), the
 * feed in the reader's language.
 */
export async function SubscribeLink({ city }: { city?: { slug: string; name: string } }) {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : 'en';
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const url = localizedPath(locale, city ? `/feeds/cities/${city.slug}.xml` : '/feeds/releases.xml');
  return (
    <a href={url} type="application/atom+xml" className="inline-flex min-h-6 items-center text-blue-800 underline">
      {t('subscribe')}
      <span className="sr-only">: {city ? t('subscribeCity', { city: city.name }) : t('subscribeAll')}</span>
    </a>
  );
}
