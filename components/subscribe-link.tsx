/** A visible way to the Atom feed that the page's <link rel="alternate"> names (lib/releases/feed-links.ts). */
export function SubscribeLink({ city }: { city?: { slug: string; name: string } }) {
  const url = city ? `/feeds/cities/${city.slug}.xml` : '/feeds/releases.xml';
  return (
    <a href={url} type="application/atom+xml" className="inline-flex min-h-6 items-center text-blue-800 underline">
      Subscribe (Atom)
      <span className="sr-only">: {city ? `releases from ${city.name}` : 'all releases'}</span>
    </a>
  );
}
