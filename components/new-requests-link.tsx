'use client';

import Link from 'next/link';
import { useEffect, useSyncExternalStore } from 'react';
import { requestsNavLabel } from '@/lib/requests/needs-me';

// Requests opened in this tab since the navigation was rendered. Layouts are not rendered again on navigation, so
// the staff navigation's "n new" was counted before the page marked its request read; the page says so here.
const readHere = new Set<number>();
const listeners = new Set<() => void>();
let version = 0;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** On a request's page: that request is read now (the server has stored it). */
export function MarkReadInNavigation({ requestId }: { requestId: number }) {
  useEffect(() => {
    if (readHere.has(requestId)) return;
    readHere.add(requestId);
    version += 1;
    listeners.forEach((l) => l());
  }, [requestId]);
  return null;
}

/**
 * "Requests (n new)". `newIds` are the unopened requests the count was made of, so a request read here is taken off
 * only if it was counted, whichever of the layout and the page ran first. Without JavaScript the next page is right.
 */
export function NewRequestsLink({
  newCount,
  newIds,
  className,
}: {
  newCount: number;
  newIds: number[];
  className: string;
}) {
  // 0 while hydrating (the server's count), so the first render matches the HTML.
  const seen = useSyncExternalStore(
    subscribe,
    () => version,
    () => 0,
  );
  const shown = seen === 0 ? newCount : Math.max(0, newCount - newIds.filter((id) => readHere.has(id)).length);
  return (
    <Link href="/requests" className={className} data-new-requests={shown}>
      {requestsNavLabel(shown)}
    </Link>
  );
}
