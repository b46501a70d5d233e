'use client';

import { useEffect } from 'react';

/** The worker's URL (app/serwist/[path]/route.ts); its scope is the whole site (`Service-Worker-Allowed: /`). */
export const SERVICE_WORKER_URL = '/serwist/sw.js';

/**
 * Registers the service worker that keeps the directory for offline use (lib/offline/service-worker.ts).
 * A script file of our own, so the CSP's `script-src 'self'` allows it; `next dev` has no worker.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // This page loaded before any worker ran (the first visit): ask it to keep the page all the same.
    const firstVisit = navigator.serviceWorker.controller === null;
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (firstVisit) registration.active?.postMessage({ type: 'keep', path: location.pathname + location.search });
      })
      .catch(() => {
        // No worker (private mode, a blocked origin): the site works as before, online only.
      });
  }, []);
  return null;
}
