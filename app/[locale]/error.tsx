'use client';

import { useTranslations } from 'next-intl';

/** A public page that failed to render, in the page's language (namespace "Error", sent to the browser). */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('text')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 min-h-11 rounded bg-brand-800 px-4 font-semibold text-white"
      >
        {t('retry')}
      </button>
    </>
  );
}
