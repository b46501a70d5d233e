'use client';

import { useLocale, useTranslations } from 'next-intl';
import { intlLocale } from '@/lib/directory/directory-words';
import { useClock } from './use-clock';

/**
 * "Printed on 1 December 2026": the day of printing, not of rendering, since the sheet is a cached
 * page. Without JavaScript it says the day the details were made instead, which is what it knows.
 */
export function PrintedOn({ renderedAt }: { renderedAt: number }) {
  const now = useClock();
  const t = useTranslations('PrintedOn');
  const day = new Intl.DateTimeFormat(intlLocale(useLocale()), { day: 'numeric', month: 'long', year: 'numeric' });
  return now === null ? (
    <>{t('detailsAsOf', { date: day.format(renderedAt) })}</>
  ) : (
    <>{t('printedOn', { date: day.format(now) })}</>
  );
}
