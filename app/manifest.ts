import type { MetadataRoute } from 'next';

/** Installable: a journalist can put Pressline on the home screen and open the kept directory offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Pressline — who to call, right now',
    short_name: 'Pressline',
    description: 'Spokespeople by city, with numbers that dial on one tap and their hours in local time.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    // The same as the layout's viewport themeColor.
    theme_color: '#7f1014',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
