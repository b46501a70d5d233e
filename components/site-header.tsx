import Link from 'next/link';
import { SearchHeaderBox } from './search-header-box';

export function SiteHeader() {
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="inline-flex min-h-6 items-center text-xl font-bold tracking-tight">
          Pressline
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/releases" className="inline-flex min-h-6 items-center underline-offset-4 hover:underline">
            Releases
          </Link>
        </nav>
        <SearchHeaderBox />
      </div>
    </header>
  );
}
