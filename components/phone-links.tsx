import { formatInternational, PHONE_KIND_LABELS, telHref, whatsAppHref } from '@/lib/directory/phone';
import type { CardPhone } from '@/db/queries/contact-card';

const BUTTON =
  'flex min-h-12 w-full items-center justify-between gap-3 rounded-lg border-2 px-4 py-2 text-left font-semibold sm:w-auto';

/** Every number as a thumb-sized link: calls dial E.164 from any country; WhatsApp opens wa.me. */
export function PhoneLinks({ phones, name }: { phones: CardPhone[]; name: string }) {
  const callable = phones.filter((p) => p.kind !== 'fax');
  if (callable.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
      {callable.map((p) => {
        const display = formatInternational(p.e164) + (p.extension ? ` ext. ${p.extension}` : '');
        const isChat = p.kind === 'whatsapp';
        return (
          <li key={`${p.kind}-${p.e164}`}>
            <a
              href={isChat ? whatsAppHref(p.e164) : telHref(p.e164, p.extension)}
              className={`${BUTTON} ${isChat ? 'border-green-800 bg-white text-green-900' : 'border-brand-800 bg-brand-800 text-white'}`}
              aria-label={`${isChat ? 'WhatsApp' : 'Call'} ${name}, ${PHONE_KIND_LABELS[p.kind]}: ${display}`}
            >
              <span className="whitespace-nowrap">{display}</span>
              <span className="text-sm font-normal">{isChat ? 'WhatsApp' : PHONE_KIND_LABELS[p.kind]}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
