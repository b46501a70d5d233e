import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { SEARCH_LIMITS } from '@/lib/search/search-limits';
import type { CityResult, PersonResult, ReleaseResult, ResultGroup, SearchOutcome } from '@/db/queries/search';
import { formatInternational, telHref } from '@/lib/directory/phone';
import { localizedPath, type Locale } from '@/lib/i18n/locales';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS } from '@/lib/search/search-query';
import { ContactCard } from './contact-card';
import { MarkedText } from './marked-text';
import { ReachOrderNote } from './reach-now';

type Ok = Extract<SearchOutcome, { status: 'ok' }>;
type T = Awaited<ReturnType<typeof getTranslations<'Search'>>>;
type Words = { t: T; locale: Locale };

const LINK = 'inline-flex min-h-6 items-center text-blue-800 underline underline-offset-4';
/** The number shown for a group: exact, or "more than 1,000" when counting stopped. */
const shownCount = (g: ResultGroup<unknown>) => (g.complete ? g.total : g.total - 1);
const howMany = ({ t, locale }: Words, g: ResultGroup<unknown>) =>
  g.complete ? g.total.toLocaleString(locale) : t('moreThan', { count: shownCount(g) });
const FIELD_KEYS = { 'Name in local script': 'localName', Role: 'role', City: 'city', Languages: 'languages' } as const;
// English dates as before (6 December 2021); the other languages their own way (6 декабря 2021 г., 6 décembre 2021).
const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The results, grouped: the cities named, then people (whom to call), then releases; in the page's language. */
export async function SearchResults({ outcome }: { outcome: Ok }) {
  const words: Words = { t: await getTranslations('Search'), locale: (await getLocale()) as Locale };
  const { t } = words;
  const { cities, people, releases } = outcome;
  return (
    <>
      <p role="status" className="mt-3 text-stone-800">
        {people.total === 0 && releases.total === 0
          ? t('nothing')
          : t('summary', {
              people: howMany(words, people),
              peopleN: shownCount(people),
              releases: howMany(words, releases),
              releasesN: shownCount(releases),
            })}
        {outcome.truncated && ` ${t('truncated', { words: MAX_SEARCH_WORDS, characters: MAX_SEARCH_LENGTH })}`}
      </p>
      {cities.length > 0 && (
        <section aria-labelledby="cities-heading" className="mt-6">
          <h2 id="cities-heading" className="text-xl font-bold">
            {cities.length === 1 ? t('cityHeading') : t('citiesHeading')}
          </h2>
          <ul className="mt-2 flex flex-col gap-3">
            {cities.map((c) => (
              <li key={c.slug}>
                <City city={c} words={words} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="people-heading" className="mt-6">
        <h2 id="people-heading" className="text-xl font-bold">
          {t('peopleHeading', { count: howMany(words, people) })}
        </h2>
        <GroupNote group={people} none={t('noPeople')} t={t} />
        {people.items.length > 1 && <ReachOrderNote />}
        {people.items.length > 0 && (
          <ul className="mt-2 flex flex-col gap-3">
            {people.items.map((p) => (
              <li key={p.card.slug}>
                <Person person={p} words={words} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="releases-heading" className="mt-8">
        <h2 id="releases-heading" className="text-xl font-bold">
          {t('releasesHeading', { count: howMany(words, releases) })}
        </h2>
        <GroupNote group={releases} none={t('noReleases')} t={t} />
        {releases.items.length > 0 && (
          <ul className="divide-y divide-stone-200">
            {releases.items.map((r) => (
              <li key={r.slug} className="py-3">
                <Release release={r} words={words} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function GroupNote({ group, none, t }: { group: ResultGroup<unknown>; none: string; t: T }) {
  const shown = group.items.length;
  if (shown === 0) return <p className="text-stone-700">{none}</p>;
  if (shown === group.total) return null;
  const text = {
    relevance: t('bestMatches', { shown }),
    recent: t('recentMatches', { shown, rank: SEARCH_LIMITS.rank }),
    newest: t('newestMatches', { shown }),
  }[group.order];
  return <p className="text-sm text-stone-700">{text}</p>;
}

/** A city named in the query: its page lists everyone there, and its duty line answers at any hour. */
function City({ city, words: { t, locale } }: { city: CityResult; words: Words }) {
  return (
    <div className="rounded-xl border border-stone-300 bg-white p-4">
      <h3 className="text-lg font-semibold">
        <Link href={localizedPath(locale, `/cities/${city.slug}`)} className={LINK}>
          {city.localName ? `${city.name} (${city.localName})` : city.name}
        </Link>
      </h3>
      <p className="mt-1 text-stone-800">{t('cityText')}</p>
      <a
        href={telHref(city.dutyPhone)}
        className="mt-2 inline-flex min-h-11 flex-wrap items-center gap-x-2 font-semibold text-blue-800 underline"
      >
        {t('dutyLine')} <span className="whitespace-nowrap">{formatInternational(city.dutyPhone)}</span>
      </a>
    </div>
  );
}

function Person({ person, words: { t, locale } }: { person: PersonResult; words: Words }) {
  const { city } = person.card;
  return (
    <>
      {person.matched.length > 0 && (
        <p className="mb-1 text-sm text-stone-700">
          {person.matched.map((m, i) => (
            <span key={m.field}>
              {i > 0 && ' · '}
              {t('matchedIn', { field: t(`field.${FIELD_KEYS[m.field]}`) })}{' '}
              {/* The index holds each role in English: marked so, for a screen reader to read it as such. */}
              <span lang={m.field === 'Role' && locale !== 'en' ? 'en' : undefined}>
                <MarkedText segments={m.text} />
              </span>
            </span>
          ))}
        </p>
      )}
      <ContactCard card={person.card} as="h3" />
      <p className="mt-1 text-sm">
        <Link href={localizedPath(locale, `/cities/${city.slug}`)} className={LINK}>
          {t('everyoneIn', { city: city.name })}
        </Link>
      </p>
    </>
  );
}

function Release({ release, words: { locale } }: { release: ReleaseResult; words: Words }) {
  // A release keeps its own language: marked when it is not the page's, so a screen reader switches voice.
  const lang = release.language !== locale ? release.language : undefined;
  return (
    <>
      <h3 className="font-semibold" lang={lang}>
        <Link
          href={localizedPath(locale, `/releases/${release.slug}`)}
          className="inline-flex min-h-6 items-center text-blue-800 underline-offset-4 hover:underline"
        >
          <MarkedText segments={release.title} />
        </Link>
      </h3>
      <p className="text-sm text-stone-700">
        {release.dateline.map((d, i) => (
          <span key={i}>
            {i > 0 && '/'}
            {d.citySlug ? (
              <Link href={localizedPath(locale, `/cities/${d.citySlug}`)} className={LINK}>
                {d.place}
              </Link>
            ) : (
              d.place
            )}
          </span>
        ))}
        {release.dateline.length > 0 && ', '}
        <time dateTime={release.publishedOn}>
          {dateFormat(locale).format(new Date(`${release.publishedOn}T00:00:00Z`))}
        </time>
      </p>
      {release.excerpt.length > 0 && (
        <p className="mt-1 text-stone-800" lang={lang}>
          <MarkedText segments={release.excerpt} />
        </p>
      )}
    </>
  );
}
