import type { Metadata } from 'next';
import { EnglishDocument } from '@/components/english-document';
import { StaffNav } from '@/components/staff-nav';
import { countNewRequests, listNewRequestIds } from '@/db/queries/needs-me';
import { currentActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { robots: { index: false } };

/** The workspace's document, in English, and its nav; each page checks the session itself, with its own return path. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const newCount = actor ? await countNewRequests(actor) : 0;
  const newIds = actor && newCount > 0 ? await listNewRequestIds(actor) : [];
  return (
    <EnglishDocument>
      {actor && <StaffNav actor={actor} newCount={newCount} newIds={newIds} />}
      {children}
    </EnglishDocument>
  );
}
