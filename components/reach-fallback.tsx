'use client';

import type { ReactNode } from 'react';
import { chooseFallback, type Desk, type FallbackPerson } from '@/lib/directory/fallback';
import { useTranslations } from 'next-intl';
import { useNow } from './use-clock';
import { useDirectoryWords } from './use-directory-words';

type Props = {
  people: FallbackPerson[];
  desks: Desk[];
  renderedAt: number;
  /** Each delegate's call buttons, rendered on the server, by the delegate's slug */
  delegateLinks: Record<string, ReactNode>;
  /** The desks' duty lines, rendered on the server */
  deskLinks: ReactNode;
};

/**
 * When nobody a page lists can take a call now, the number to call instead is pinned to the bottom
 * of the screen, under the thumb, and says why (lib/directory/fallback.ts). It is in the HTML as of
 * rendering (pages are made again when anyone's hours change), and the browser keeps it current.
 * It never takes more than a quarter of the screen (at 200% zoom it scrolls inside) and folds away
 * with its summary, without JavaScript too. While it is there the body gets room below the footer
 * (`data-duty-bar` in app/globals.css), so the end of the page can be scrolled clear of it.
 */
export function ReachFallback({ people, desks, renderedAt, delegateLinks, deskLinks }: Props) {
  const words = useDirectoryWords();
  const t = useTranslations('ReachNow');
  const fallback = chooseFallback(new Date(useNow(renderedAt)), people, desks, words);
  if (fallback.kind === 'none') return null;
  return (
    <div
      data-duty-bar
      role="status"
      className="fixed inset-x-0 bottom-0 z-10 print:hidden max-h-[25vh] overflow-y-auto border-t-2 border-amber-700 bg-amber-50 px-4 py-2 shadow-[0_-4px_12px_rgba(0,0,0,0.15)]"
    >
      <details open className="group mx-auto max-w-3xl">
        <summary className="flex min-h-6 cursor-pointer items-center gap-2 font-semibold">
          <span className="flex-1">{fallback.reason}</span>
          <span className="text-sm font-normal text-stone-700 underline group-open:hidden">{t('showNumber')}</span>
          <span className="hidden text-sm font-normal text-stone-700 underline group-open:inline">{t('hide')}</span>
        </summary>
        <div className="mt-2">
          {fallback.kind === 'delegate' ? (
            <>
              <p className="mb-2 text-sm">
                {fallback.delegate.fullName}: <span data-status={fallback.status.kind}>{fallback.statusText}</span>
              </p>
              {delegateLinks[fallback.delegate.slug]}
            </>
          ) : (
            deskLinks
          )}
        </div>
      </details>
    </div>
  );
}
