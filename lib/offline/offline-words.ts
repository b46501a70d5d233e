import { splitLocale, type Locale } from '@/lib/i18n/locales';

/**
 * What the service worker itself writes for a reader, in the language of the page's URL (/ru/…, /fr/…).
 * The worker cannot load the message catalogues, so these few sentences live here.
 */
export type OfflineWords = {
  /** The note's accessible name. */
  label: string;
  /** "Offline — details as of 14:05 (Moscow)"; `date` only when the copy is not from today there. */
  note: (at: { time: string; date: string | null }, place: string) => string;
  /** How the date is written in the note. */
  month: 'short' | 'long';
  pageTitle: string;
  heading: string;
  notKept: string;
  keptList: string;
  noneKept: string;
};

const NBSP = '\u00a0';

export const OFFLINE_WORDS: Record<Locale, OfflineWords> = {
  en: {
    label: 'Offline copy',
    note: ({ time, date }, place) => `Offline — details as of ${date ? `${date}, ${time}` : time} (${place})`,
    month: 'short',
    pageTitle: 'Offline · Pressline',
    heading: 'You are offline',
    notKept: 'This page is not kept on this phone, so it cannot be shown without a connection.',
    keptList: 'Kept on this phone, and readable now:',
    noneKept: 'No Pressline page is kept on this phone yet: open a city page while you are online to keep it.',
  },
  ru: {
    label: 'Сохранённая копия',
    note: ({ time, date }, place) => `Нет сети — данные по состоянию на ${date ? `${date}, ${time}` : time} (${place})`,
    month: 'long',
    pageTitle: 'Нет сети · Pressline',
    heading: 'Нет подключения к сети',
    notKept: 'Эта страница не сохранена на телефоне, поэтому без связи её не открыть.',
    keptList: 'Сохранены на этом телефоне и открываются без сети:',
    noneKept:
      'На этом телефоне пока нет сохранённых страниц Pressline. Откройте страницу города, пока есть связь, — она сохранится.',
  },
  fr: {
    label: 'Copie hors ligne',
    note: ({ time, date }, place) =>
      `Hors ligne — informations à jour ${date ? `au ${date} à ${time}` : `à ${time}`} (${place})`,
    month: 'long',
    pageTitle: 'Hors ligne · Pressline',
    heading: 'Vous êtes hors ligne',
    notKept: `Cette page n’est pas enregistrée sur ce téléphone${NBSP}: elle ne peut pas s’afficher sans connexion.`,
    keptList: `Enregistrées sur ce téléphone et lisibles dès maintenant${NBSP}:`,
    noneKept: `Aucune page Pressline n’est encore enregistrée sur ce téléphone${NBSP}: ouvrez la page d’une ville tant que vous êtes en ligne pour la conserver.`,
  },
};

/** The language of the page at this URL (a vCard's is its contact page's). */
export const offlineLocaleOf = (url: string): Locale => splitLocale(new URL(url, 'http://x').pathname).locale;
