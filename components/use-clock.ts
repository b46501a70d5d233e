'use client';

import { useSyncExternalStore } from 'react';

// One shared 20-second tick for every island on the page.
const listeners = new Set<() => void>();
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 20_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getSnapshot() {
  if (now === 0) now = Date.now();
  return now;
}

/** The current time on the client; null while rendering on the server, whose page may be cached. */
export function useClock(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}

/**
 * The time to show: the browser's clock once the page runs, and until then (on the server and while
 * hydrating) the moment the page was rendered, so the HTML says who is on duty without JavaScript
 * and hydration finds the same text.
 */
export function useNow(renderedAt: number): number {
  return useClock() ?? renderedAt;
}
