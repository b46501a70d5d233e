import Link from 'next/link';
import type { ContactCard as Card } from '@/db/queries/contact-card';
import { describeWeek, formatDayMonth, isOnLeave, localNow } from '@/lib/directory/availability';
import { languageList } from '@/lib/directory/languages';
import { LiveStatus } from './live-status';
import { PhoneLinks } from './phone-links';
import { renderTime } from './reach-now';

type Props = {
  card: Card;
  /** Heading level inside the page outline */
  as?: 'h2' | 'h3';
  /** On a release: the name printed there, when a successor now takes the calls */
  listedName?: string;
  /** When the page was rendered (the status in the HTML is as of then); now by default */
  renderedAt?: number;
};

export function ContactCard({ card, as: Heading = 'h2', listedName, renderedAt: given }: Props) {
  const renderedAt = given ?? renderTime();
  const hoursText = `Hours (${card.city.name} time): ${describeWeek(card.hours)}`;
  const away = isOnLeave(card.leave, localNow(new Date(renderedAt), card.city.timeZone).date);
  const delegate = away && card.delegate?.active ? card.delegate : null;
  const until = card.leave.returnsOn ? ` until ${formatDayMonth(card.leave.returnsOn)}` : '';
  return (
    <article
      className="rounded-xl border border-stone-300 bg-white p-4 shadow-sm"
      aria-labelledby={`contact-${card.slug}`}
    >
      {listedName && <p className="mb-1 text-sm text-stone-700">{listedName} has moved on; their calls now go to:</p>}
      <Heading id={`contact-${card.slug}`} className="text-lg font-bold">
        <Link href={`/contacts/${card.slug}`} className="inline-block min-h-6 underline-offset-4 hover:underline">
          {card.fullName}
        </Link>
        {card.localName && (
          <span className="ml-2 font-normal text-stone-700" lang={card.languages[0]}>
            {card.localName}
          </span>
        )}
      </Heading>
      <p className="text-stone-800">
        {[card.role, card.organisation].filter(Boolean).join(', ')}
        {' · '}
        {card.city.name}
      </p>
      {card.languages.length > 0 && <p className="text-sm text-stone-700">Speaks {languageList(card.languages)}</p>}
      <div className="my-2">
        <LiveStatus timeZone={card.city.timeZone} hours={card.hours} leave={card.leave} renderedAt={renderedAt} />
        <p className="text-sm text-stone-700">{hoursText}</p>
      </div>
      {delegate && (
        <section
          aria-label={`${delegate.fullName}, covering for ${card.fullName}`}
          className="mb-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-3"
        >
          <p className="font-semibold">
            Call{' '}
            <Link href={`/contacts/${delegate.slug}`} className="inline-block min-h-6 underline">
              {delegate.fullName}
            </Link>
            , covering for {card.fullName}
          </p>
          <LiveStatus
            timeZone={delegate.timeZone}
            hours={delegate.hours}
            leave={delegate.leave}
            renderedAt={renderedAt}
          />
          <p className="mb-2 text-sm text-stone-700">
            {delegate.fullName}&rsquo;s numbers ({delegate.cityName} time: {describeWeek(delegate.hours)})
          </p>
          <PhoneLinks phones={delegate.phones} name={delegate.fullName} />
        </section>
      )}
      {away ? (
        <section aria-label={`${card.fullName}'s own numbers`}>
          <p className="mb-2 text-sm text-stone-800">
            {card.fullName}&rsquo;s own numbers (on leave{until}
            {delegate ? ', may not answer' : ''}):
          </p>
          <PhoneLinks phones={card.phones} name={card.fullName} tone={delegate ? 'quiet' : 'primary'} />
        </section>
      ) : (
        <PhoneLinks phones={card.phones} name={card.fullName} />
      )}
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {card.email && (
          <li>
            <a href={`mailto:${card.email}`} className="inline-flex min-h-11 items-center text-blue-800 underline">
              {card.email}
            </a>
          </li>
        )}
        <li>
          <a
            href={`/contacts/${card.slug}/vcard`}
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            Save contact (vCard)
          </a>
        </li>
        <li>
          <Link
            href={`/contacts/${card.slug}#request`}
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            Request an interview
          </Link>
        </li>
      </ul>
    </article>
  );
}
