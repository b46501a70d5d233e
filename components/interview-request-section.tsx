import { getLocale, getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/directory/languages';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { describeAddressee } from '@/lib/requests/reader-text';
import { requestTimeZones, withZone } from '@/lib/time/time-zone-options';
import { InterviewRequestForm, type RequestFormProps } from './interview-request-form';

// Languages most often asked for; the addressee's own languages come first.
const COMMON = [
  'en',
  'fr',
  'es',
  'ar',
  'ru',
  'zh',
  'de',
  'pt',
  'it',
  'sw',
  'hi',
  'tr',
  'uk',
  'ja',
  'ko',
  'ms',
  'id',
  'fa',
  'ur',
  'pl',
];
const TIME_ZONES = requestTimeZones();

/**
 * When this HTML was made. On a cached page that is the cache fill, not the visit: the
 * form's robot check treats it as a lower bound only (lib/requests/abuse.ts).
 */
function renderTime() {
  return Date.now();
}

/** Whom a request reaches, by the routing rule: the person, or someone covering for or succeeding them. */
export type RoutedName = { name: string; why: 'self' | 'delegate' | 'successor'; other: string | null };

/** Whom the form says the request goes to: facts only, worded in the page's language below. */
export type FormAddressee =
  | { kind: 'person'; person: RoutedName; city: string }
  | { kind: 'desk'; city: string }
  | { kind: 'people'; people: RoutedName[] }
  | { kind: 'releaseSpokespeople'; title: string };

export type InterviewRequestSectionProps = Pick<
  RequestFormProps,
  'target' | 'targetId' | 'fixedRelease' | 'releaseOptions'
> & {
  addressee: FormAddressee;
  preferredLanguages: string[];
  defaultTimeZone: string;
  heading?: { kind: 'city'; city: string } | { kind: 'release' };
};

type Props = InterviewRequestSectionProps & Pick<RequestFormProps, 'initialState' | 'draftToken'>;

const routed = (p: RoutedName, locale: Locale) =>
  describeAddressee(
    p.why === 'delegate' && p.other
      ? { kind: 'delegate', name: p.name, absent: p.other }
      : p.why === 'successor' && p.other
        ? { kind: 'successor', name: p.name, predecessor: p.other }
        : { kind: 'person', name: p.name },
    locale,
  );

/**
 * The interview request form with everything it needs worked out on the server, in the page's language
 * (set by the page: next-intl's setRequestLocale).
 */
export async function InterviewRequestSection({ preferredLanguages, heading, addressee, ...props }: Props) {
  const requested = await getLocale();
  const locale: Locale = isLocale(requested) ? requested : 'en';
  const t = await getTranslations({ locale, namespace: 'RequestSection' });
  const addressedTo = (() => {
    switch (addressee.kind) {
      case 'person':
        return t('addressee.personInCity', { person: routed(addressee.person, locale), city: addressee.city });
      case 'desk':
        return t('addressee.cityDesk', { city: addressee.city });
      case 'releaseSpokespeople':
        return t('addressee.releaseSpokespeople', { title: addressee.title });
      case 'people': {
        const names = addressee.people.map((p) => routed(p, locale));
        if (names.length === 0) return t('addressee.pressOffice');
        if (names.length === 1) return names[0]!;
        return t('addressee.list', { items: names.slice(0, -1).join('; '), last: names[names.length - 1]! });
      }
    }
  })();
  const title =
    heading?.kind === 'city'
      ? t('headingCity', { city: heading.city })
      : heading?.kind === 'release'
        ? t('headingRelease')
        : t('heading');
  const names = locale === 'en' ? null : new Intl.DisplayNames([locale], { type: 'language' });
  const nameOf = (tag: string) => {
    if (!names) return languageName(tag);
    try {
      return names.of(tag) ?? tag;
    } catch {
      return tag;
    }
  };
  const tags = [...new Set([...preferredLanguages, ...COMMON])];
  return (
    <section
      id="request"
      aria-labelledby="request-heading"
      className="mt-8 rounded-xl border border-stone-300 bg-white p-4 print:hidden"
    >
      <h2 id="request-heading" className="text-xl font-bold">
        {title}
      </h2>
      <InterviewRequestForm
        {...props}
        addressedTo={addressedTo}
        languages={tags.map((tag) => ({ tag, name: nameOf(tag) }))}
        spokenLanguages={preferredLanguages}
        timeZones={withZone(TIME_ZONES, props.defaultTimeZone)}
        renderedAt={renderTime()}
      />
    </section>
  );
}
