import type { Metadata } from 'next';
import { connection } from 'next/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { CancelRequestForm, CorrectRequestForm } from '@/components/request-change-forms';
import { cityNameIn, getRequestStatus } from '@/db/queries/interview-requests';
import { getRequestOutlook } from '@/db/queries/request-outlook';
import { languageName } from '@/lib/directory/languages';
import { localizedPath, type Locale } from '@/lib/i18n/locales';
import { loadMessages } from '@/lib/i18n/messages';
import { LIMITS } from '@/lib/requests/interview-request';
import { canJournalistChange, formatWithZone, toLocalInput } from '@/lib/requests/journalist-change';
import { formatLabel, requestLocale } from '@/lib/requests/reader-text';
import { whatHappensNext } from '@/lib/requests/what-happens-next';
import { pageLocale } from '@/lib/i18n/page';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const found = await getRequestStatus(token);
  const locale = found ? requestLocale(found.request.locale) : await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RequestPage' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** A language name in the reader's language ("французский", "anglais"); English keeps the directory's names. */
function languageIn(tag: string, locale: Locale): string {
  if (locale === 'en') return languageName(tag);
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ sent?: string; changed?: string }>;
};

const CHANGED = { cancelled: 'changedCancelled', corrected: 'changedCorrected', none: 'changedNone' } as const;

/**
 * The journalist's private page: whoever holds the link sees the request, nothing about anyone else. It is in
 * the language the request was written in, whatever prefix the link is opened under, and says so with `lang`.
 */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  await pageLocale(params);
  await connection();
  const [{ token }, { sent, changed }] = await Promise.all([params, searchParams]);
  const found = await getRequestStatus(token);
  if (!found) notFound();
  const { request, history } = found;
  const locale = requestLocale(request.locale);
  const t = await getTranslations({ locale, namespace: 'RequestPage' });
  const status = await getTranslations({ locale, namespace: 'RequestStatus.status' });
  const cityName = request.city && (cityNameIn(request.cityId, locale) ?? request.city.name);
  const addressedTo =
    request.contact?.fullName ?? (cityName ? t('cityDesk', { city: cityName }) : t('releaseSpokespeople'));
  const desk = cityName ? t('cityDesk', { city: cityName }) : addressedTo;
  const zone = request.deadlineTimeZone;
  const next = whatHappensNext(getRequestOutlook(request, desk), locale);
  const rows: [string, React.ReactNode][] = [
    [t('addressedTo'), addressedTo],
    [t('topic'), request.topic],
    [t('questions'), request.questions || t('noQuestions')],
    [t('deadline'), formatWithZone(request.deadlineAt, zone, locale)],
    [t('format'), formatLabel(request.format, locale)],
    [t('language'), languageIn(request.language, locale)],
    [t('attribution'), request.onRecord ? t('onRecord') : t('background')],
    [t('wishedInterviewee'), request.wishedInterviewee ?? t('anyone')],
  ];
  // The change forms are client components: they get this request's language, not the URL's.
  const messages = await loadMessages(locale);
  const changed_ = changed && changed in CHANGED ? CHANGED[changed as keyof typeof CHANGED] : null;
  return (
    <div lang={locale}>
      {sent === '1' && (
        <div role="status" className="mb-4 rounded-xl border-2 border-green-700 bg-green-50 p-4">
          <p className="text-lg font-bold">{t('sentTitle')}</p>
          <p className="mt-1">{t('sentBody')}</p>
        </div>
      )}
      {changed_ && (
        <p role="status" className="mb-4 rounded-xl border-2 border-green-700 bg-green-50 p-4 font-semibold">
          {t(changed_)}
        </p>
      )}
      <h1 className="text-2xl font-bold">
        {t.rich('heading', {
          reference: request.reference ?? '',
          ref: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
        })}
      </h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('status')}</dt>
        <dd data-testid="request-status">{status(request.status)}</dd>
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words whitespace-pre-line">{value}</dd>
          </div>
        ))}
        {request.release && (
          <>
            <dt className="font-semibold">{t('release')}</dt>
            <dd>
              <Link
                href={localizedPath(locale, `/releases/${request.release.slug}`)}
                className="text-blue-800 underline"
              >
                {request.release.title}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="next-heading" className="mt-8">
        <h2 id="next-heading" className="text-xl font-bold">
          {t('nextHeading')}
        </h2>
        {next.map((line) => (
          <p key={line} className="mt-2">
            {line}
          </p>
        ))}
        <p className="mt-2 text-sm text-stone-700">{t('zoneNote', { zone: zone.replace(/_/g, ' ') })}</p>
      </section>
      {canJournalistChange(request.status) && (
        <section aria-labelledby="change-heading" className="mt-8">
          <h2 id="change-heading" className="text-xl font-bold">
            {t('changeHeading')}
          </h2>
          <p className="mt-1 mb-3">{t('changeIntro')}</p>
          <NextIntlClientProvider locale={locale} messages={{ RequestChange: messages.RequestChange }}>
            <div className="flex flex-col gap-6">
              <CorrectRequestForm
                token={token}
                deadline={toLocalInput(request.deadlineAt, zone)}
                timeZone={zone}
                questions={request.questions}
                questionsLimit={LIMITS.questions}
              />
              <CancelRequestForm token={token} />
            </div>
          </NextIntlClientProvider>
        </section>
      )}
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-bold">
          {t('historyHeading')}
        </h2>
        <ol className="mt-2 flex flex-col gap-2">
          {history.map((event, i) => (
            <li key={event.id} className="rounded-lg border border-stone-300 bg-white p-3">
              {/* Newest first: an entry with the status of the one before it is a change, not a step. */}
              <p className="font-semibold">
                {history[i + 1]?.status === event.status ? t('updated') : status(event.status)}
              </p>
              <p className="text-sm text-stone-700">{formatWithZone(event.at, zone, locale)}</p>
              {event.message && <p className="mt-1 break-words whitespace-pre-line">{event.message}</p>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
