import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { ServiceWorker } from '@/components/service-worker';
import { SiteHeader } from '@/components/site-header';
import { publicUrl } from '@/lib/config';
import { feedAlternates } from '@/lib/releases/feed-links';
import './globals.css';

export const metadata: Metadata = {
  // Canonical links and share images are absolute on the configured public address (lib/sharing/page-metadata.ts).
  metadataBase: new URL(publicUrl()),
  title: { default: 'Pressline — who to call, right now', template: '%s · Pressline' },
  description: 'Spokespeople by city, with numbers that dial on one tap and their hours in local time.',
  alternates: feedAlternates(),
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#7f1014' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only print:hidden focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-3xl px-4 pb-16 pt-4 print:max-w-none print:p-0">
          {children}
        </main>
        <footer className="mx-auto max-w-3xl border-t print:hidden border-stone-300 px-4 py-6 text-sm text-stone-700">
          Pressline lists press-office spokespeople. Times are shown in each city&rsquo;s local time.{' '}
          <Link
            href="/about"
            className="inline-flex min-h-6 items-center font-semibold text-blue-800 underline underline-offset-4"
          >
            How Pressline works, and privacy
          </Link>
        </footer>
        <ServiceWorker />
      </body>
    </html>
  );
}
