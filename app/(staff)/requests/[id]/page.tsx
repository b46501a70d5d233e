import { RequestLocaleBadge } from '@/components/request-locale-badge';
import { localeName } from '@/lib/i18n/sync-translator';
import { requestLocale } from '@/lib/requests/reader-text';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InterviewScheduleForm } from '@/components/interview-schedule-form';
import { ReopenRequestForm } from '@/components/reopen-request-form';
import { AssignForm, NoteForm, StatusForm } from '@/components/request-actions';
import { getInboxRequest } from '@/db/queries/inbox';
import { getRequestWorkflow } from '@/db/queries/request-workflow';
import type { RequestInterview } from '@/db/schema';
import { FORMAT_LABELS } from '@/lib/requests/interview-request';
import { languageName } from '@/lib/directory/languages';
import { STATUS_LABELS } from '@/lib/requests/emails';
import { MarkReadInNavigation } from '@/components/new-requests-link';
import { StaffTime } from '@/components/staff-time';
import { getDb } from '@/db';
import { getStaffClock } from '@/db/queries/staff-clock';
import { markRequestRead } from '@/db/writes/request-reads';
import { canReopen, canReschedule, canMoveTo, nextStatuses } from '@/lib/requests/workflow';
import { formatInZone } from '@/lib/time/zoned-time';
import { requireActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Interview request' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function RequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/requests/${id}`);
  const { saved } = await searchParams;
  const found = /^\d{1,9}$/.test(id) ? await getInboxRequest(actor, Number(id)) : null;
  if (!found) notFound();
  const { request: r, staffTimeZone } = found;
  // Opening the page reads the request for this person (lib/requests/needs-me.ts).
  const justRead = markRequestRead(getDb(), actor, r.id);
  const { timeZone: clock } = await getStaffClock(actor);
  const workflow = getRequestWorkflow(r.id, actor.contactId);
  const interview = workflow.interview;
  const zone = interview?.timeZone ?? clock ?? workflow.officerTimeZone ?? staffTimeZone;
  const schedulable = canMoveTo(r.status, 'scheduled') || canReschedule(r.status);
  const row = (label: string, value: React.ReactNode) => (
    <div className="py-1 sm:grid sm:grid-cols-3 sm:gap-2">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words sm:col-span-2">{value}</dd>
    </div>
  );
  return (
    <>
      {justRead && <MarkReadInNavigation requestId={r.id} />}
      <h1 className="text-2xl font-bold">
        {r.reference}: {r.topic}
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 font-semibold">
        <span data-request-status>{STATUS_LABELS[r.status]}</span>
        <RequestLocaleBadge locale={r.locale} />
      </p>
      {saved && (
        <p role="status" className="mt-3 rounded-lg bg-green-50 p-3 font-semibold text-green-900">
          Saved.
        </p>
      )}
      <dl className="mt-4 rounded-lg border border-stone-300 bg-white p-3">
        {row('Journalist', `${r.journalistName}, ${r.outlet}`)}
        {row(
          'E-mail',
          <a href={`mailto:${r.email}`} className="text-blue-800 underline">
            {r.email}
          </a>,
        )}
        {row(
          'Phone',
          r.phone ? (
            <a href={`tel:${r.phone}`} className="text-blue-800 underline">
              {r.phone}
            </a>
          ) : (
            'not given'
          ),
        )}
        {row(
          'Deadline, your time',
          <>
            <StaffTime at={r.deadlineAt} zone={clock} journalistZone={r.deadlineTimeZone} /> ({clock})
          </>,
        )}
        {row(
          'Deadline, journalist’s time',
          <>
            <StaffTime at={r.deadlineAt} zone={r.deadlineTimeZone} /> ({r.deadlineTimeZone})
          </>,
        )}
        {row(
          'Addressed to',
          found.addressees.map((a) => a.fullName).join(', ') || (r.city ? `${r.city.name} press office` : '—'),
        )}
        {row(
          'Format',
          `${FORMAT_LABELS[r.format]}, in ${languageName(r.language)}, ${r.onRecord ? 'on the record' : 'background only'}`,
        )}
        {row(
          'Written in',
          `${localeName(requestLocale(r.locale))}: the journalist's e-mails and status page are in it`,
        )}
        {r.wishedInterviewee && row('Would like to interview', r.wishedInterviewee)}
        {r.release && row('About the release', r.release.title)}
        {r.questions && row('Questions', <span className="whitespace-pre-line">{r.questions}</span>)}
        {row('Assigned to', found.assignee?.fullName ?? 'nobody yet')}
        {interview &&
          (r.status === 'scheduled' || r.status === 'done') &&
          row(
            'Interview',
            <span data-interview>
              {formatInZone(interview.startsAt, interview.timeZone)} ({interview.timeZone}),{' '}
              {FORMAT_LABELS[interview.format].toLowerCase()}, {interview.minutes} minutes: {interview.location}
            </span>,
          )}
      </dl>
      <section aria-labelledby="status-heading" className="mt-6">
        <h2 id="status-heading" className="text-lg font-bold">
          Next step
        </h2>
        {canReopen(r.status) ? (
          <ReopenRequestForm key={r.status} requestId={r.id} />
        ) : (
          <StatusForm key={r.status} requestId={r.id} next={nextStatuses(r.status).filter((s) => s !== 'scheduled')} />
        )}
      </section>
      {schedulable && (
        <section aria-labelledby="schedule-heading" className="mt-6 rounded-lg border border-stone-300 p-3">
          <h2 id="schedule-heading" className="text-lg font-bold">
            {r.status === 'scheduled' ? 'Move the interview' : 'Schedule the interview'}
          </h2>
          <p className="mb-3 text-sm text-stone-700">
            The journalist and the officer handling the request get a calendar invitation by e-mail.
          </p>
          <InterviewScheduleForm
            key={`${r.status}-${interview?.sequence ?? 'new'}`}
            requestId={r.id}
            moving={r.status === 'scheduled'}
            defaults={scheduleDefaults(interview, zone, r.format)}
          />
        </section>
      )}
      <section aria-labelledby="steps-heading" className="mt-6">
        <h2 id="steps-heading" className="text-lg font-bold">
          Steps taken
        </h2>
        {workflow.steps.length === 0 ? (
          <p className="mt-2">None yet.</p>
        ) : (
          <ol className="mt-2 flex flex-col gap-1" data-steps>
            {workflow.steps.map((s) => (
              <li key={s.id}>
                <StaffTime at={s.at} zone={clock} />, {s.who}: {stepText(s)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="text-lg font-bold">
          What the journalist sees
        </h2>
        <ol className="mt-2 flex flex-col gap-1">
          {found.history.map((h) => (
            <li key={h.id}>
              <StaffTime at={h.at} zone={clock} journalistZone={r.deadlineTimeZone} />: {STATUS_LABELS[h.status]}
              {h.message ? ` — ${h.message}` : ''}
            </li>
          ))}
        </ol>
      </section>
      <div className="mt-6 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="assign-heading" className="rounded-lg border border-stone-300 p-3">
          <h2 id="assign-heading" className="text-lg font-bold">
            Assign to a colleague
          </h2>
          <AssignForm
            requestId={r.id}
            current={found.assignee?.id ?? null}
            colleagues={found.colleagues.map((c) => ({ id: c.id, name: `${c.fullName} — ${c.city}` }))}
          />
        </section>
        <section aria-labelledby="notes-heading" className="rounded-lg border border-stone-300 p-3">
          <h2 id="notes-heading" className="text-lg font-bold">
            Internal notes
          </h2>
          <ul className="mb-3 flex flex-col gap-2">
            {found.notes.map((n) => (
              <li key={n.id} className="rounded bg-stone-100 p-2">
                <p className="whitespace-pre-line">{n.text}</p>
                <p className="text-sm text-stone-700">
                  {n.authorEmail}, <StaffTime at={n.at} zone={clock} />
                </p>
              </li>
            ))}
          </ul>
          <NoteForm key={found.notes.length} requestId={r.id} />
        </section>
      </div>
    </>
  );
}

const STEP_STATUS = STATUS_LABELS as Record<string, string>;

function stepText(s: { field: string; from: string | null; to: string | null }): string {
  if (s.field === 'status') return `${STEP_STATUS[s.from ?? ''] ?? s.from} → ${STEP_STATUS[s.to ?? ''] ?? s.to}`;
  if (s.field === 'assignee') return `assigned to ${s.to}`;
  if (s.field === 'interview') return s.from ? `moved the interview to ${s.to}` : `scheduled the interview: ${s.to}`;
  if (s.field === 'note') return 'added a note';
  return `${s.field}: ${s.to ?? '—'}`;
}

/** The interview as scheduled, or tomorrow 10:00 in the officer's zone for a new one. */
function scheduleDefaults(interview: RequestInterview | null, zone: string, format: RequestInterview['format']) {
  return {
    date: localDate(interview?.startsAt ?? new Date(Date.now() + 86_400_000), zone),
    time: interview ? localTime(interview.startsAt, zone) : '10:00',
    timeZone: zone,
    minutes: String(interview?.minutes ?? 30),
    format: interview?.format ?? format,
    location: interview?.location ?? '',
  };
}

/** YYYY-MM-DD and HH:MM on the wall clock of `zone`, for the date and time inputs. */
function localDate(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
}

function localTime(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
