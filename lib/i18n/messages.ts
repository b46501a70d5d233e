import type { Locale } from './locales';
import type en from '@/messages/en.json';

export type Messages = typeof en;

/** One language's catalogue (messages/<locale>.json); each is its own chunk, loaded once. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'ru':
      return (await import('@/messages/ru.json')).default as Messages;
    case 'fr':
      return (await import('@/messages/fr.json')).default as Messages;
    default:
      return (await import('@/messages/en.json')).default;
  }
}
