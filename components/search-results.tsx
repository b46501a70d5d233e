import Link from 'next/link';
import { SEARCH_LIMITS } from '@/lib/search/search-limits';
import type { CityResult, PersonResult, ReleaseResult, ResultGroup, SearchOutcome } from '@/db/queries/search';
import { REACH_ORDER_NOTE } from '@/lib/directory/reach-order';
import { formatInternational, telHref } from '@/lib/directory/phone';
import { formatDate } from '@/lib/time/dates';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS } from '@/lib/search/search-query';
import { ContactCard } from './contact-card';
import { MarkedText } from './marked-text';

type Ok = Extract<SearchOutcome, { status: 'ok' }>;

const LINK = 'inline-flex min-h-6 items-center text-blue-800 underline underline-offset-4';
const howMany = (g: ResultGroup<unknown>) =>
  g.complete ? g.total.toLocaleString('en') : `more than ${(g.total - 1).toLocaleString('en')}`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The results, grouped: the cities named, then people (whom to call), then releases. */
export function SearchResults({ outcome }: { outcome: Ok }) {
  const { cities, people, releases } = outcome;
  return (
    <>
      <p role="status" className="mt-3 text-stone-800">
        {people.total === 0 && releases.total === 0
          ? 'Nothing matches. Check the spelling, try fewer words, or pick a city on the home page.'
          : `${howMany(people)} ${plural(people.total, 'person', 'people')} and ${howMany(releases)} ${plural(releases.total, 'release', 'releases')} match.`}
        {outcome.truncated &&
          ` Only the first ${MAX_SEARCH_WORDS} words (${MAX_SEARCH_LENGTH} characters) were searched.`}
      </p>
      {cities.length > 0 && (
        <section aria-labelledby="cities-heading" className="mt-6">
          <h2 id="cities-heading" className="text-xl font-bold">
            {plural(cities.length, 'City', 'Cities')}
          </h2>
          <ul className="mt-2 flex flex-col gap-3">
            {cities.map((c) => (
              <li key={c.slug}>
                <City city={c} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="people-heading" className="mt-6">
        <h2 id="people-heading" className="text-xl font-bold">
          People ({howMany(people)})
        </h2>
        <GroupNote group={people} none="Nobody matches." />
        {people.items.length > 1 && <p className="text-sm text-stone-700">{REACH_ORDER_NOTE}</p>}
        {people.items.length > 0 && (
          <ul className="mt-2 flex flex-col gap-3">
            {people.items.map((p) => (
              <li key={p.card.slug}>
                <Person person={p} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="releases-heading" className="mt-8">
        <h2 id="releases-heading" className="text-xl font-bold">
          Releases ({howMany(releases)})
        </h2>
        <GroupNote group={releases} none="No release matches." />
        {releases.items.length > 0 && (
          <ul className="divide-y divide-stone-200">
            {releases.items.map((r) => (
              <li key={r.slug} className="py-3">
                <Release release={r} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function GroupNote({ group, none }: { group: ResultGroup<unknown>; none: string }) {
  const shown = group.items.length;
  if (shown === 0) return <p className="text-stone-700">{none}</p>;
  if (shown === group.total) return null;
  const text = {
    relevance: `The ${shown} best matches.`,
    recent: `The ${shown} best of the ${SEARCH_LIMITS.rank} newest matches. Add a word to narrow them down.`,
    newest: `Every word you typed is very common, so these are the ${shown} newest matches. Add a more specific word to narrow them down.`,
  }[group.order];
  return <p className="text-sm text-stone-700">{text}</p>;
}

/** A city named in the query: its page lists everyone there, and its duty line answers at any hour. */
function City({ city }: { city: CityResult }) {
  return (
    <div className="rounded-xl border border-stone-300 bg-white p-4">
      <h3 className="text-lg font-semibold">
        <Link href={`/cities/${city.slug}`} className={LINK}>
          {city.localName ? `${city.name} (${city.localName})` : city.name}
        </Link>
      </h3>
      <p className="mt-1 text-stone-800">Everyone who speaks for the press office there, who is available now, and:</p>
      <a
        href={telHref(city.dutyPhone)}
        className="mt-2 inline-flex min-h-11 items-center gap-2 font-semibold text-blue-800 underline"
      >
        24/7 duty line <span className="whitespace-nowrap">{formatInternational(city.dutyPhone)}</span>
      </a>
    </div>
  );
}

function Person({ person }: { person: PersonResult }) {
  const { city } = person.card;
  return (
    <>
      {person.matched.length > 0 && (
        <p className="mb-1 text-sm text-stone-700">
          {person.matched.map((m, i) => (
            <span key={m.field}>
              {i > 0 && ' · '}
              {m.field}: <MarkedText segments={m.text} />
            </span>
          ))}
        </p>
      )}
      <ContactCard card={person.card} as="h3" />
      <p className="mt-1 text-sm">
        <Link href={`/cities/${city.slug}`} className={LINK}>
          Everyone in {city.name}, and the 24/7 duty line
        </Link>
      </p>
    </>
  );
}

function Release({ release }: { release: ReleaseResult }) {
  return (
    <>
      <h3 className="font-semibold">
        <Link
          href={`/releases/${release.slug}`}
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
              <Link href={`/cities/${d.citySlug}`} className={LINK}>
                {d.place}
              </Link>
            ) : (
              d.place
            )}
          </span>
        ))}
        {release.dateline.length > 0 && ', '}
        <time dateTime={release.publishedOn}>{formatDate(release.publishedOn)}</time>
      </p>
      {release.excerpt.length > 0 && (
        <p className="mt-1 text-stone-800">
          <MarkedText segments={release.excerpt} />
        </p>
      )}
    </>
  );
}
