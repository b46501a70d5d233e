import { ServiceWorker } from './service-worker';

/**
 * The HTML document every page is in: `<html lang>`, the skip link, the header, `<main>` and the footer. The public
 * pages' layout (app/[locale]/layout.tsx) gives it the reader's language; staff and sign-in pages give it English.
 */
export function SiteDocument({
  lang,
  skipLabel,
  header,
  footer,
  children,
  wrap = (content) => content,
}: {
  lang: string;
  /** Wraps the body's content, e.g. in the client components' message provider. */
  wrap?: (content: React.ReactNode) => React.ReactNode;
  skipLabel: string;
  header: React.ReactNode;
  footer: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        {wrap(
          <>
            <a
              href="#main"
              className="sr-only focus:not-sr-only print:hidden focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
            >
              {skipLabel}
            </a>
            {header}
            <main id="main" className="mx-auto max-w-3xl px-4 pb-16 pt-4 print:max-w-none print:p-0">
              {children}
            </main>
            <footer className="mx-auto max-w-3xl border-t print:hidden border-stone-300 px-4 py-6 text-sm text-stone-700">
              {footer}
            </footer>
          </>,
        )}
        <ServiceWorker />
      </body>
    </html>
  );
}
