import { getTranslations } from 'next-intl/server';
import { formatInternational, telHref } from '@/lib/directory/phone';

type Desk = { name: string; deskEmail: string; dutyPhone: string };

export async function DutyLineButton({ city }: { city: Desk }) {
  const t = await getTranslations('PressDesk');
  return (
    <a
      href={telHref(city.dutyPhone)}
      className="flex min-h-12 w-full items-center justify-between gap-3 rounded-lg bg-brand-800 px-4 py-2 font-semibold text-white sm:w-auto"
    >
      <span className="sr-only">{t('callDesk', { city: city.name })} </span>
      <span className="whitespace-nowrap">{formatInternational(city.dutyPhone)}</span>{' '}
      <span className="text-sm font-normal">{t('dutyLine', { city: city.name })}</span>
    </a>
  );
}

/** The duty lines of the desks a pinned fallback points to, each with the desk's address. */
export function DutyLines({ desks }: { desks: Desk[] }) {
  return (
    <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center">
      {desks.map((desk) => (
        <li key={desk.dutyPhone} className="flex flex-wrap items-center gap-x-3">
          <DutyLineButton city={desk} />
          <a
            href={`mailto:${desk.deskEmail}`}
            className="inline-flex min-h-6 items-center text-sm text-blue-800 underline"
          >
            {desk.deskEmail}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The city's press desk: always there, whoever is on leave or asleep. */
export async function PressDesk({ city }: { city: Desk }) {
  const t = await getTranslations('PressDesk');
  return (
    <section aria-labelledby="desk-heading" className="mt-8 rounded-xl border border-stone-300 bg-white p-4">
      <h2 id="desk-heading" className="text-lg font-bold">
        {t('heading', { city: city.name })}
      </h2>
      <div className="mt-2 flex flex-col gap-2">
        <DutyLineButton city={city} />
        <a href={`mailto:${city.deskEmail}`} className="inline-flex min-h-11 items-center text-blue-800 underline">
          {city.deskEmail}
        </a>
      </div>
    </section>
  );
}
