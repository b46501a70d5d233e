/**
 * Tells the service worker which clock this page's details are on, so a kept copy can say
 * "Offline — details as of 14:05 (Moscow)" (lib/offline/offline-note.ts reads these attributes).
 */
export function OfflineZone({ timeZone, place }: { timeZone: string; place: string }) {
  return <span hidden data-offline-zone={timeZone} data-offline-place={place} />;
}
