import { getTranslations } from 'next-intl/server';
import { formatInternational, telHref, whatsAppHref } from '@/lib/directory/phone';
import type { CardPhone } from '@/db/queries/contact-card';

const BUTTON =
  'flex min-h-12 w-full items-center justify-between gap-3 rounded-lg border-2 px-4 py-2 text-left font-semibold sm:w-auto';
const CALL = {
  primary: 'border-brand-800 bg-brand-800 text-white',
  /** Someone's own numbers while they are away: there, but not what to press first */
  quiet: 'border-stone-500 bg-white text-stone-900',
} as const;
const CHAT = 'border-green-800 bg-white text-green-900';

/** Signal opens its own app on the number; it is never dialled as a phone call. */
const signalHref = (e164: string) => `https://signal.me/#p/${e164}`;

/**
 * Every number as a thumb-sized link: calls dial E.164 from any country; WhatsApp opens wa.me,
 * Signal its own app. The accessible name starts with what the link does and whose number it is
 * (hidden visually), then the visible text, so speech input can use what is on the screen (WCAG 2.5.3).
 * In the page's language; the number dialled is the same in every language.
 */
export async function PhoneLinks({
  phones,
  name,
  tone = 'primary',
}: {
  phones: CardPhone[];
  name: string;
  tone?: keyof typeof CALL;
}) {
  const callable = phones.filter((p) => p.kind !== 'fax');
  if (callable.length === 0) return null;
  const t = await getTranslations('Phones');
  return (
    <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
      {callable.map((p) => {
        const number = formatInternational(p.e164);
        const display = p.extension ? t('withExtension', { number, extension: p.extension }) : number;
        const app = p.kind === 'whatsapp' ? 'WhatsApp' : p.kind === 'signal' ? 'Signal' : null;
        const href =
          p.kind === 'whatsapp'
            ? whatsAppHref(p.e164)
            : p.kind === 'signal'
              ? signalHref(p.e164)
              : telHref(p.e164, p.extension);
        return (
          <li key={`${p.kind}-${p.e164}`}>
            <a href={href} className={`${BUTTON} ${app ? CHAT : CALL[tone]}`} data-phone-kind={p.kind}>
              <span className="sr-only">{app ? t('appMessageTo', { app, name }) : t('call', { name })} </span>
              <span className="whitespace-nowrap">{display}</span>{' '}
              <span className="text-sm font-normal">{app ? t('appMessage', { app }) : t(`kind.${p.kind}`)}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
