import type { Metadata } from 'next';
import { CityForm } from '@/components/city-form';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Add a city' };

export default async function NewCityPage() {
  await requireAdmin('/staff/cities/new');
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Add a city</h1>
      <CityForm cityId={null} initial={{}} timeZones={Intl.supportedValuesOf('timeZone')} />
    </>
  );
}
