import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactEditor } from '@/components/contact-editor';
import { StaffTimeZoneForm } from '@/components/staff-time-zone-form';
import { getStaffClock } from '@/db/queries/staff-clock';
import { getContactEditor } from '@/db/queries/staff';
import { requestTimeZones, withZone, zoneLabel } from '@/lib/time/time-zone-options';
import { isAdmin } from '@/lib/auth/rules';
import { requireActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'My details' };

type Props = { searchParams: Promise<{ saved?: string; confirmed?: string }> };

export default async function MyDetailsPage({ searchParams }: Props) {
  const actor = await requireActor('/me');
  const { saved, confirmed } = await searchParams;
  const editor = actor.contactId !== null ? await getContactEditor(actor.contactId) : null;
  const clock = await getStaffClock(actor);
  const myClock = (
    <section aria-labelledby="clock-heading" className="mt-6 rounded-xl border border-stone-300 bg-white p-4">
      <h2 id="clock-heading" className="text-xl font-bold">
        My clock
      </h2>
      <StaffTimeZoneForm
        zones={withZone(requestTimeZones(), clock.chosen ?? undefined).map((z): [string, string] => [z, zoneLabel(z)])}
        chosen={clock.chosen}
        cityZone={clock.cityZone}
      />
    </section>
  );
  if (!editor) {
    return (
      <>
        <h1 className="text-2xl font-bold">My details</h1>
        <p className="mt-2">
          Your account speaks for no contact.{' '}
          {actor.role === 'admin' && (
            <Link href="/staff/contacts" className="text-blue-800 underline">
              Edit contacts here.
            </Link>
          )}
        </p>
        {myClock}
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">My details</h1>
      <ContactEditor
        editor={editor}
        returnTo="/me"
        canMoveCity={isAdmin(actor)}
        own
        saved={saved}
        confirmed={confirmed}
      />
      {myClock}
    </>
  );
}
