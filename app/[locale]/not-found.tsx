import { useLocale } from 'next-intl';
import { NotFoundText } from '@/components/not-found-text';
import { asLocale } from '@/lib/i18n/locales';

/** `notFound()` in a public page (an unknown contact, release or city), inside the page's own language layout. */
export default function NotFound() {
  const locale = useLocale();
  return <NotFoundText locale={asLocale(locale)} />;
}
