import type { Metadata } from 'next';
import { StaffTime } from '@/components/staff-time';
import { getStaffClock } from '@/db/queries/staff-clock';
import { listAudit } from '@/db/queries/staff';
import { CONTACT_FIELD_LABELS } from '@/lib/directory/contact-snapshot';
import { requireActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'History' };

export default async function HistoryPage() {
  const actor = await requireActor('/staff/history');
  const [rows, { timeZone }] = await Promise.all([listAudit(actor), getStaffClock(actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">History</h1>
      <p className="mt-1 text-stone-800">
        {actor.role === 'admin'
          ? 'Every change to contacts, cities and releases'
          : 'Changes to your details and changes you made'}
        , newest first. Times in {timeZone.replace(/_/g, ' ')}.
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">No changes recorded yet.</p>
      ) : (
        <ol className="mt-4 flex flex-col gap-2">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-stone-300 bg-white p-3" data-audit-field={r.field}>
              <p className="text-sm text-stone-700">
                <StaffTime at={r.at} zone={timeZone} /> · {r.actorEmail} · {r.entity} {r.entityLabel}
              </p>
              <p>
                <span className="font-semibold">{CONTACT_FIELD_LABELS[r.field] ?? r.field}:</span>{' '}
                <span className="break-words">{r.oldValue ?? '—'}</span> →{' '}
                <span className="break-words">{r.newValue ?? '—'}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
