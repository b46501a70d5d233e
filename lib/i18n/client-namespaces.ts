/**
 * The catalogue namespaces client components use (useTranslations). Only these reach the browser, in the
 * reader's language only: a page carries no other message. Add a namespace here when a client component needs it.
 */
export const CLIENT_NAMESPACES = [
  'LanguageSwitch',
  // The interview request form (components/interview-request-form.tsx)
  'RequestForm',
  'RequestFormat',
  // The directory's islands (components/live-status, reach-fallback, available-now, local-time, …)
  'Availability',
  'ReachNow',
  'LocalTime',
  'Confirmed',
  'PrintedOn',
  'KeepCity',
  // A public page that failed to render (app/[locale]/error.tsx)
  'Error',
] as const;
