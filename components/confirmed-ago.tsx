'use client';

import { useTranslations } from 'next-intl';
import { useClock } from './use-clock';

const DAY = 24 * 60 * 60 * 1000;

/**
 * "Details confirmed 12 days ago" in the page's language, counted at viewing time even on a cached page;
 * without JavaScript, the `fallback` the server wrote ("Details confirmed on 3 November 2026").
 */
export function ConfirmedAgo({ at, fallback }: { at: number; fallback: string }) {
  const now = useClock();
  const t = useTranslations('Confirmed');
  if (now === null) return <>{fallback}</>;
  return <>{t('ago', { days: Math.max(0, Math.floor((now - at) / DAY)) })}</>;
}
