import type { Metadata, Viewport } from 'next';
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

/**
 * The document itself (`<html lang>`) is one level down: app/[locale]/layout.tsx for public pages in the reader's
 * language, the staff and sign-in layouts in English, and app/not-found.tsx for an address nothing matches.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
