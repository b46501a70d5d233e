import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';
import { loadMessages } from './messages';

// next-intl asks this for each request's language and messages (next.config.ts names this file).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // Times are always formatted in a named zone (the city's, the officer's); UTC only if one is forgotten.
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC' };
});
