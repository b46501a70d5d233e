'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Layouts are not rendered again on navigation, so the staff navigation's "n new" was counted before
 * this page marked its request read: one refresh updates it. Without JavaScript the next page does.
 */
export function RefreshOnce() {
  const router = useRouter();
  useEffect(() => router.refresh(), [router]);
  return null;
}
