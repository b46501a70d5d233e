import type { Metadata } from 'next';
import { connection } from 'next/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CancelRequestForm, CorrectRequestForm } from '@/components/request-change-forms';
import { getRequestStatus } from '@/db/queries/interview-requests';
import { getRequestOutlook } from '@/db/queries/request-outlook';
import { languageName } from '@/lib/directory/languages';
import { FORMAT_LABELS, LIMITS } from '@/lib/requests/interview-request';
import { STATUS_LABELS } from '@/lib/requests/emails';
import { canJournalistChange, formatWithZone, toLocalInput } from '@/lib/requests/journalist-change';
import { whatHappensNext } from '@/lib/requests/what-happens-next';
import { pageLocale } from '@/lib/i18n/page';

export const metadata: Metadata = { title: 'Your interview request', robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ sent?: string; changed?: string }>;
};

const CHANGED: Record<string, string> = {
  cancelled: 'Your request is cancelled. We have told the press office.',
  corrected: 'Your corrections are saved. We have told the press office.',
  none: 'Nothing had changed, so nothing was sent.',
};

/** The journalist's private page: whoever holds the link sees the request, nothing about anyone else. */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  await pageLocale(params);
  await connection();
  const [{ token }, { sent, changed }] = await Promise.all([params, searchParams]);
  const found = await getRequestStatus(token);
  if (!found) notFound();
  const { request, history } = found;
  const addressedTo =
    request.contact?.fullName ??
    (request.city ? `the ${request.city.name} press office` : 'the spokespeople of the release');
  const desk = request.city ? `the ${request.city.name} press office` : addressedTo;
  const zone = request.deadlineTimeZone;
  const next = whatHappensNext(getRequestOutlook(request, desk));
  const rows: [string, React.ReactNode][] = [
    ['Addressed to', addressedTo],
    ['Topic', request.topic],
    ['Questions', request.questions || 'None given'],
    ['Your deadline', formatWithZone(request.deadlineAt, zone)],
    ['Format', FORMAT_LABELS[request.format]],
    ['Language', languageName(request.language)],
    ['Attribution', request.onRecord ? 'On the record' : 'Background only (not for attribution)'],
    ['Would like to interview', request.wishedInterviewee ?? 'Anyone suitable'],
  ];
  return (
    <>
      {sent === '1' && (
        <div role="status" className="mb-4 rounded-xl border-2 border-green-700 bg-green-50 p-4">
          <p className="text-lg font-bold">Your request has reached the press office.</p>
          <p className="mt-1">
            We have sent a copy to your e-mail. Bookmark this page: its address is private and shows every step.
          </p>
        </div>
      )}
      {changed && CHANGED[changed] && (
        <p role="status" className="mb-4 rounded-xl border-2 border-green-700 bg-green-50 p-4 font-semibold">
          {CHANGED[changed]}
        </p>
      )}
      <h1 className="text-2xl font-bold">
        Interview request <span className="whitespace-nowrap">{request.reference}</span>
      </h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="request-status">{STATUS_LABELS[request.status]}</dd>
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words whitespace-pre-line">{value}</dd>
          </div>
        ))}
        {request.release && (
          <>
            <dt className="font-semibold">Release</dt>
            <dd>
              <Link href={`/releases/${request.release.slug}`} className="text-blue-800 underline">
                {request.release.title}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="next-heading" className="mt-8">
        <h2 id="next-heading" className="text-xl font-bold">
          What happens next
        </h2>
        {next.map((line) => (
          <p key={line} className="mt-2">
            {line}
          </p>
        ))}
        <p className="mt-2 text-sm text-stone-700">
          Times on this page are in your time zone, {zone.replace(/_/g, ' ')}.
        </p>
      </section>
      {canJournalistChange(request.status) && (
        <section aria-labelledby="change-heading" className="mt-8">
          <h2 id="change-heading" className="text-xl font-bold">
            Change your request
          </h2>
          <p className="mt-1 mb-3">You can correct or cancel it here until the press office schedules the interview.</p>
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
        </section>
      )}
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-bold">
          History
        </h2>
        <ol className="mt-2 flex flex-col gap-2">
          {history.map((event, i) => (
            <li key={event.id} className="rounded-lg border border-stone-300 bg-white p-3">
              {/* Newest first: an entry with the status of the one before it is a change, not a step. */}
              <p className="font-semibold">
                {history[i + 1]?.status === event.status ? 'Updated' : STATUS_LABELS[event.status]}
              </p>
              <p className="text-sm text-stone-700">{formatWithZone(event.at, zone)}</p>
              {event.message && <p className="mt-1 break-words whitespace-pre-line">{event.message}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
