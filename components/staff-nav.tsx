import Link from 'next/link';
import { signOut } from '@/app/(auth)/sign-out/actions';
import type { Actor } from '@/lib/auth/rules';
import { NewRequestsLink } from './new-requests-link';

const link = 'inline-flex min-h-11 items-center px-2 text-blue-800 underline-offset-4 hover:underline';

/** `newCount`: the waiting requests this person has not opened yet; `newIds`: which (at most 200 of them). */
export function StaffNav({ actor, newCount, newIds }: { actor: Actor; newCount: number; newIds: number[] }) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-2 border-b border-stone-300 pb-2">
      <nav aria-label="Staff" className="flex flex-wrap">
        <Link href="/staff" className={link}>
          Dashboard
        </Link>
        <Link href="/me" className={link}>
          My details
        </Link>
        <NewRequestsLink newCount={newCount} newIds={newIds} className={link} />
        <Link href="/staff/history" className={link}>
          History
        </Link>
        {actor.role === 'admin' && (
          <>
            <Link href="/staff/contacts" className={link}>
              Contacts
            </Link>
            <Link href="/staff/cities" className={link}>
              Cities
            </Link>
            <Link href="/staff/releases" className={link}>
              Releases
            </Link>
            <Link href="/staff/outbox" className={link}>
              Outbox
            </Link>
          </>
        )}
      </nav>
      <form action={signOut} className="ml-auto flex items-center gap-2">
        <span className="text-sm text-stone-700">{actor.email}</span>
        <button type="submit" className="min-h-11 rounded border border-stone-500 bg-white px-3 font-semibold">
          Sign out
        </button>
      </form>
    </div>
  );
}
