import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { SiteDocument } from '@/components/site-document';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { localizedPath } from '@/lib/i18n/locales';
import { loadMessages } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (locale === 'en') return {};
  const t = await getTranslations({ locale, namespace: 'Common' });
  return { title: { default: t('siteTitle'), template: `%s · ${t('siteName')}` }, description: t('siteDescription') };
}

/** Every public page, in the language its URL names (/ru/…, /fr/…, or English without a prefix). */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Common' });
  const messages = await loadMessages(locale);
  // Client components get their own namespaces only, in this language only.
  const clientMessages = Object.fromEntries(
    CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace as keyof typeof messages]]),
  );
  return (
    <SiteDocument
      lang={locale}
      wrap={(content) => (
        <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone="UTC">
          {content}
        </NextIntlClientProvider>
      )}
      skipLabel={t('skipToContent')}
      header={<SiteHeader />}
      footer={<SiteFooter text={t('footer')} aboutLabel={t('aboutLink')} aboutHref={localizedPath(locale, '/about')} />}
    >
      {children}
    </SiteDocument>
  );
}
