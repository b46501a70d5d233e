import type { Metadata } from 'next';
import { connection } from 'next/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getRequestStatus } from '@/db/queries/interview-requests';
import { FORMAT_LABELS } from '@/lib/requests/interview-request';
import { STATUS_LABELS } from '@/lib/requests/emails';
import { formatInZone } from '@/lib/time/zoned-time';

export const metadata: Metadata = { title: 'Your interview request', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ sent?: string }> };

/** The journalist's private page: whoever holds the link sees the status, nothing about anyone else. */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  await connection();
  const [{ token }, { sent }] = await Promise.all([params, searchParams]);
  const found = await getRequestStatus(token);
  if (!found) notFound();
  const { request, history } = found;
  const addressedTo =
    request.contact?.fullName ??
    (request.city ? `the ${request.city.name} press office` : 'the spokespeople of the release');
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
      <h1 className="text-2xl font-bold">
        Interview request <span className="whitespace-nowrap">{request.reference}</span>
      </h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="request-status">{STATUS_LABELS[request.status]}</dd>
        <dt className="font-semibold">Addressed to</dt>
        <dd>{addressedTo}</dd>
        <dt className="font-semibold">Topic</dt>
        <dd className="break-words">{request.topic}</dd>
        <dt className="font-semibold">Your deadline</dt>
        <dd>
          {formatInZone(request.deadlineAt, request.deadlineTimeZone)} ({request.deadlineTimeZone.replace(/_/g, ' ')})
        </dd>
        <dt className="font-semibold">Format</dt>
        <dd>{FORMAT_LABELS[request.format]}</dd>
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
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-bold">
          History
        </h2>
        <ol className="mt-2 flex flex-col gap-2">
          {history.map((event) => (
            <li key={event.id} className="rounded-lg border border-stone-300 bg-white p-3">
              <p className="font-semibold">{STATUS_LABELS[event.status]}</p>
              <p className="text-sm text-stone-700">{formatInZone(event.at, request.deadlineTimeZone)}</p>
              {event.message && <p className="mt-1 whitespace-pre-line break-words">{event.message}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
