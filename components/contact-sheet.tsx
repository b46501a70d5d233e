import { getTranslations } from 'next-intl/server';
import type { ContactCard } from '@/db/queries/contact-card';
import { isOnLeave, localNow } from '@/lib/directory/availability';
import { contactVCard } from '@/lib/directory/contact-vcard';
import { describeWeekIn, formatDayMonthIn } from '@/lib/directory/directory-words';
import { languageList } from '@/lib/directory/languages';
import { formatInternational } from '@/lib/directory/phone';
import { directoryWords } from '@/lib/directory/server-words';
import { localizedPath, type Locale } from '@/lib/i18n/locales';
import { qrSvg } from '@/lib/print/qr-svg';
import { PrintedOn } from './printed-on';

type City = { slug: string; name: string; timeZone: string; deskEmail: string; dutyPhone: string };

/**
 * A city's contacts as one A4 sheet to pin on a wall or carry in a bag: every number in full
 * international form, as text, and a QR code of each person's vCard. The city page prints this
 * (it is there, hidden on screen) and /cities/<slug>/sheet shows it.
 */
export async function ContactSheet({
  city,
  contacts,
  baseUrl,
  renderedAt,
  as: Heading = 'h2',
}: {
  city: City;
  contacts: ContactCard[];
  baseUrl: string;
  renderedAt: number;
  as?: 'h1' | 'h2';
}) {
  const [t, phones, words] = await Promise.all([
    getTranslations('ContactSheet'),
    getTranslations('Phones'),
    directoryWords(),
  ]);
  const locale = words.locale as Locale;
  const people = await Promise.all(
    contacts.map(async (c) => ({ card: c, qr: await qrSvg(await contactVCard(c, baseUrl, locale)) })),
  );
  const Sub = Heading === 'h1' ? 'h2' : 'h3';
  const pageUrl = `${baseUrl}${localizedPath(locale, `/cities/${city.slug}`)}`;
  return (
    <section aria-labelledby={`sheet-${city.slug}`} data-contact-sheet className="text-sm leading-snug">
      <Heading id={`sheet-${city.slug}`} className="text-2xl font-bold">
        {t('heading', { city: city.name })}
      </Heading>
      <p className="mt-1">
        {t.rich('desk', {
          city: city.name,
          phone: formatInternational(city.dutyPhone),
          email: city.deskEmail,
          desk: (chunks) => <span className="font-semibold">{chunks}</span>,
          number: (chunks) => <span className="whitespace-nowrap font-semibold">{chunks}</span>,
        })}
      </p>
      <p className="text-stone-700">{t('hoursNote', { city: city.name })}</p>
      {people.length === 0 ? (
        <p className="mt-3">{t('nobody')}</p>
      ) : (
        <ul className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 print:grid-cols-2">
          {people.map(({ card, qr }) => (
            <li
              key={card.slug}
              data-sheet-contact={card.slug}
              className="flex break-inside-avoid gap-3 rounded-lg border border-stone-400 bg-white p-3"
            >
              <div className="min-w-0 flex-1">
                <Sub className="font-bold">
                  {card.fullName}
                  {card.localName && (
                    <span className="ml-1 font-normal" lang={card.languages[0]}>
                      ({card.localName})
                    </span>
                  )}
                </Sub>
                <p>
                  {card.role && (
                    <span lang={card.textLang.role === locale ? undefined : card.textLang.role}>{card.role}</span>
                  )}
                  {card.role && card.organisation && ', '}
                  {card.organisation}
                </p>
                {card.languages.length > 0 && <p>{t('speaks', { languages: languageList(card.languages, locale) })}</p>}
                <p>{t('hours', { week: describeWeekIn(card.hours, words) })}</p>
                <ul className="mt-1">
                  {card.phones.map((p) => (
                    <li key={`${p.kind}-${p.e164}`}>
                      {t('phone', { kind: phones(`kind.${p.kind}`) })}{' '}
                      <span className="whitespace-nowrap font-semibold" data-sheet-number>
                        {p.extension
                          ? phones('withExtension', { number: formatInternational(p.e164), extension: p.extension })
                          : formatInternational(p.e164)}
                      </span>
                    </li>
                  ))}
                </ul>
                {card.email && <p className="break-all">{card.email}</p>}
                <LeaveNote card={card} renderedAt={renderedAt} t={t} locale={locale} />
              </div>
              <div
                role="img"
                aria-label={t('qr', { name: card.fullName })}
                data-sheet-qr={card.slug}
                className="size-28 shrink-0 print:size-[32mm]"
                dangerouslySetInnerHTML={{ __html: qr }}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 border-t border-stone-400 pt-2">
        {t.rich('footer', { url: pageUrl, printed: () => <PrintedOn renderedAt={renderedAt} /> })}
      </p>
    </section>
  );
}

/** Someone away as the sheet was made: until when, and who takes their calls, with the number as text. */
function LeaveNote({
  card,
  renderedAt,
  t,
  locale,
}: {
  card: ContactCard;
  renderedAt: number;
  t: Awaited<ReturnType<typeof getTranslations<'ContactSheet'>>>;
  locale: Locale;
}) {
  if (!isOnLeave(card.leave, localNow(new Date(renderedAt), card.city.timeZone).date)) return null;
  const returnsOn = card.leave.returnsOn;
  const delegate = card.delegate?.active ? card.delegate : null;
  const phone = delegate?.phones.find((p) => p.kind !== 'fax');
  return (
    <p className="mt-1 font-semibold">
      {t('onLeave', { dated: returnsOn ? 'yes' : 'no', date: returnsOn ? formatDayMonthIn(returnsOn, locale) : '' })}
      {delegate && ' '}
      {delegate &&
        (phone
          ? t.rich('callsGoToNumber', {
              name: delegate.fullName,
              phone: formatInternational(phone.e164),
              number: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
            })
          : t('callsGoTo', { name: delegate.fullName }))}
    </p>
  );
}
