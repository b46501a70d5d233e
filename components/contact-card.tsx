import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ContactCard as Card } from '@/db/queries/contact-card';
import { isOnLeave, localNow } from '@/lib/directory/availability';
import { describeWeekIn, formatDayMonthIn } from '@/lib/directory/directory-words';
import { languageList } from '@/lib/directory/languages';
import { directoryWords } from '@/lib/directory/server-words';
import { localizedPath, type Locale } from '@/lib/i18n/locales';
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

/** The lang attribute for text written in `lang` on a page in `locale`: only where they differ. */
export const langIfOther = (lang: string, locale: string) => (lang === locale ? undefined : lang);

export async function ContactCard({ card, as: Heading = 'h2', listedName, renderedAt: given }: Props) {
  const renderedAt = given ?? renderTime();
  const [t, words, locale] = await Promise.all([getTranslations('ContactCard'), directoryWords(), getLocale()]);
  const path = (p: string) => localizedPath(locale as Locale, p);
  const hoursText = t('hours', { city: card.city.name, week: describeWeekIn(card.hours, words) });
  const away = isOnLeave(card.leave, localNow(new Date(renderedAt), card.city.timeZone).date);
  const delegate = away && card.delegate?.active ? card.delegate : null;
  return (
    <article
      className="rounded-xl border border-stone-300 bg-white p-4 shadow-sm"
      aria-labelledby={`contact-${card.slug}`}
    >
      {listedName && <p className="mb-1 text-sm text-stone-700">{t('movedOn', { name: listedName })}</p>}
      <Heading id={`contact-${card.slug}`} className="text-lg font-bold">
        <Link href={path(`/contacts/${card.slug}`)} className="inline-block min-h-6 underline-offset-4 hover:underline">
          {card.fullName}
        </Link>
        {card.localName && (
          <span className="ml-2 font-normal text-stone-700" lang={card.languages[0]}>
            {card.localName}
          </span>
        )}
      </Heading>
      <p className="text-stone-800">
        {card.role && <span lang={langIfOther(card.textLang.role, locale)}>{card.role}</span>}
        {card.role && card.organisation && ', '}
        {card.organisation}
        {' · '}
        {card.city.name}
      </p>
      {card.languages.length > 0 && (
        <p className="text-sm text-stone-700">{t('speaks', { languages: languageList(card.languages, locale) })}</p>
      )}
      <div className="my-2">
        <LiveStatus timeZone={card.city.timeZone} hours={card.hours} leave={card.leave} renderedAt={renderedAt} />
        <p className="text-sm text-stone-700">{hoursText}</p>
      </div>
      {delegate && (
        <section
          aria-label={t('coveringLabel', { delegate: delegate.fullName, person: card.fullName })}
          className="mb-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-3"
        >
          <p className="font-semibold">
            {t.rich('callCovering', {
              delegate: delegate.fullName,
              person: card.fullName,
              link: (chunks) => (
                <Link href={path(`/contacts/${delegate.slug}`)} className="inline-block min-h-6 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <LiveStatus
            timeZone={delegate.timeZone}
            hours={delegate.hours}
            leave={delegate.leave}
            renderedAt={renderedAt}
          />
          <p className="mb-2 text-sm text-stone-700">
            {t('delegateNumbers', {
              delegate: delegate.fullName,
              city: delegate.cityName,
              week: describeWeekIn(delegate.hours, words),
            })}
          </p>
          <PhoneLinks phones={delegate.phones} name={delegate.fullName} />
        </section>
      )}
      {away ? (
        <section aria-label={t('ownNumbersLabel', { name: card.fullName })}>
          <p className="mb-2 text-sm text-stone-800">
            {t('ownNumbers', {
              name: card.fullName,
              dated: card.leave.returnsOn ? 'yes' : 'no',
              date: card.leave.returnsOn ? formatDayMonthIn(card.leave.returnsOn, locale) : '',
              covered: delegate ? 'yes' : 'no',
            })}
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
            href={path(`/contacts/${card.slug}/vcard`)}
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            {t('saveVCard')}
          </a>
        </li>
        <li>
          <Link
            href={path(`/contacts/${card.slug}#request`)}
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            {t('requestInterview')}
          </Link>
        </li>
      </ul>
    </article>
  );
}
