import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CityForm } from '@/components/city-form';
import { cityTranslations } from '@/db/queries/localized';
import { listCitiesForStaff } from '@/db/queries/staff';
import { formatInternational } from '@/lib/directory/phone';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Edit city' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditCityPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requireAdmin(`/staff/cities/${slug}`);
  const { saved } = await searchParams;
  const city = (await listCitiesForStaff()).find((c) => c.slug === slug);
  if (!city) notFound();
  const names = cityTranslations(city.id);
  const initial = {
    name: city.name,
    nameRu: names.ru ?? '',
    nameFr: names.fr ?? '',
    country: city.country,
    timeZone: city.timeZone,
    deskEmail: city.deskEmail,
    dutyPhone: formatInternational(city.dutyPhone),
  };
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{city.name}</h1>
      {saved && (
        <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 font-semibold text-green-900">
          Saved. The public pages show the change now.
        </p>
      )}
      <CityForm
        key={`${city.updatedAt.getTime()}`}
        cityId={city.id}
        initial={initial}
        timeZones={Intl.supportedValuesOf('timeZone')}
      />
    </>
  );
}
