import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="inline-flex min-h-6 items-center text-xl font-bold tracking-tight">
          Pressline
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/releases" className="inline-flex min-h-6 items-center underline-offset-4 hover:underline">
            Releases
          </Link>
        </nav>
        <form action="/search" method="get" role="search" className="ml-auto flex w-full gap-2 sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search people, cities and releases
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Name, city, topic…"
            maxLength={200}
            className="min-h-11 w-full rounded border border-white/60 bg-white px-3 text-stone-900 sm:w-56"
          />
          <button type="submit" className="min-h-11 rounded bg-white px-4 font-semibold text-brand-800">
            Search
          </button>
        </form>
      </div>
    </header>
  );
}
