'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { localizedPath, type Locale } from '@/lib/i18n/locales';

type Status = 'idle' | 'keeping' | 'kept' | 'failed';

/** Asks the service worker to keep one city page and what it links to; resolves with whether it did. */
async function askToKeep(path: string): Promise<boolean> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return false;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ kept?: boolean }>) => resolve(event.data.kept === true);
    worker.postMessage({ type: 'keep', path }, [channel.port2]);
  });
}

/**
 * "Keep Moscow on this phone": fetches the city's page, its contact pages and their vCards at once, for
 * use with no network. Shown only where a service worker runs (never without JavaScript).
 */
export function KeepCityButton({ slug, city }: { slug: string; city: string }) {
  const t = useTranslations('KeepCity');
  const locale = useLocale() as Locale;
  const [available, setAvailable] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let live = true;
    void navigator.serviceWorker.ready.then(() => live && setAvailable(true));
    return () => {
      live = false;
    };
  }, []);
  if (!available) return null;

  async function keep() {
    setStatus('keeping');
    setStatus((await askToKeep(localizedPath(locale, `/cities/${slug}`)).catch(() => false)) ? 'kept' : 'failed');
  }

  return (
    <div className="mt-1 flex flex-wrap items-center gap-x-3 text-sm">
      <button
        type="button"
        onClick={keep}
        disabled={status === 'keeping'}
        className="min-h-11 rounded border border-stone-400 bg-white px-3 font-semibold text-stone-900 disabled:opacity-70"
      >
        {status === 'keeping' ? t('keeping', { city }) : t('keep', { city })}
      </button>
      <span role="status" className="text-stone-800">
        {status === 'kept' && t('kept', { city })}
        {status === 'failed' && t('failed', { city })}
      </span>
    </div>
  );
}
