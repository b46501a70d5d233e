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
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => {
      // No worker (private mode, a blocked origin): the site works as before, online only.
    });
  }, []);
  return null;
}
