import type { ContactCard } from '@/db/queries/contact-card';
import { describeWeek, formatDayMonth, isOnLeave, localNow } from '@/lib/directory/availability';
import { contactVCard } from '@/lib/directory/contact-vcard';
import { languageList } from '@/lib/directory/languages';
import { formatInternational, PHONE_KIND_LABELS } from '@/lib/directory/phone';
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
  const people = await Promise.all(
    contacts.map(async (c) => ({ card: c, qr: await qrSvg(await contactVCard(c, baseUrl)) })),
  );
  const Sub = Heading === 'h1' ? 'h2' : 'h3';
  const pageUrl = `${baseUrl}/cities/${city.slug}`;
  return (
    <section aria-labelledby={`sheet-${city.slug}`} data-contact-sheet className="text-sm leading-snug">
      <Heading id={`sheet-${city.slug}`} className="text-2xl font-bold">
        {city.name}: press contacts
      </Heading>
      <p className="mt-1">
        <span className="font-semibold">{city.name} press desk</span>, 24/7 duty line{' '}
        <span className="whitespace-nowrap font-semibold">{formatInternational(city.dutyPhone)}</span> ·{' '}
        {city.deskEmail}
      </p>
      <p className="text-stone-700">Hours are {city.name} time.</p>
      {people.length === 0 ? (
        <p className="mt-3">No spokespeople are listed here yet: the press desk takes every call.</p>
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
                <p>{[card.role, card.organisation].filter(Boolean).join(', ')}</p>
                {card.languages.length > 0 && <p>Speaks {languageList(card.languages)}</p>}
                <p>Hours: {describeWeek(card.hours)}</p>
                <ul className="mt-1">
                  {card.phones.map((p) => (
                    <li key={`${p.kind}-${p.e164}`}>
                      {PHONE_KIND_LABELS[p.kind]}:{' '}
                      <span className="whitespace-nowrap font-semibold" data-sheet-number>
                        {formatInternational(p.e164)}
                        {p.extension ? ` ext. ${p.extension}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
                {card.email && <p className="break-all">{card.email}</p>}
                <LeaveNote card={card} renderedAt={renderedAt} />
              </div>
              <div
                role="img"
                aria-label={`QR code: ${card.fullName}'s contact card, to save with a phone's camera`}
                data-sheet-qr={card.slug}
                className="size-28 shrink-0 print:size-[32mm]"
                dangerouslySetInnerHTML={{ __html: qr }}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 border-t border-stone-400 pt-2">
        <PrintedOn renderedAt={renderedAt} /> — check {pageUrl} for updates.
      </p>
    </section>
  );
}

/** Someone away as the sheet was made: until when, and who takes their calls, with the number as text. */
function LeaveNote({ card, renderedAt }: { card: ContactCard; renderedAt: number }) {
  if (!isOnLeave(card.leave, localNow(new Date(renderedAt), card.city.timeZone).date)) return null;
  const until = card.leave.returnsOn ? ` until ${formatDayMonth(card.leave.returnsOn)}` : '';
  const delegate = card.delegate?.active ? card.delegate : null;
  const phone = delegate?.phones.find((p) => p.kind !== 'fax');
  return (
    <p className="mt-1 font-semibold">
      On leave{until}.
      {delegate && (
        <>
          {' '}
          Calls go to {delegate.fullName}
          {phone && (
            <>
              : <span className="whitespace-nowrap">{formatInternational(phone.e164)}</span>
            </>
          )}
          .
        </>
      )}
    </p>
  );
}
