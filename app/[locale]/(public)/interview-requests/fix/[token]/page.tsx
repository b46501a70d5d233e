import type { Metadata } from 'next';
import Link from 'next/link';
import { InterviewRequestSection } from '@/components/interview-request-section';
import {
  cityRequestForm,
  contactRequestForm,
  releaseRequestForm,
  type RequestFormTarget,
} from '@/components/request-form-targets';
import { getDb } from '@/db';
import { getCityPage, getContactPage, getReleasePage, requestTargetSlug } from '@/db/queries/directory';
import { getRequestDraft, type RequestDraft } from '@/db/writes/request-drafts';
import { TYPED_FIELDS } from '@/lib/requests/form-state';
import { pageLocale } from '@/lib/i18n/page';

// What one journalist typed: rendered for each visit, never cached or indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Your interview request is not sent yet',
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ locale: string; token: string }> };

async function formFor({ target, targetId }: RequestDraft): Promise<RequestFormTarget | null> {
  const slug = requestTargetSlug(target, targetId);
  if (!slug) return null;
  if (target === 'contact') {
    const page = await getContactPage(slug);
    return page && contactRequestForm(page);
  }
  if (target === 'city') {
    const page = await getCityPage(slug);
    return page && cityRequestForm(page);
  }
  const release = await getReleasePage(slug);
  if (!release) return null;
  const form = releaseRequestForm(release);
  // Here the release's spokespeople are not listed above the form.
  return { ...form, section: { ...form.section, addressedTo: `the spokespeople for “${release.title}”` } };
}

/**
 * A request sent without JavaScript that needs fixing comes back here (the form's route answers
 * with a link only that browser gets): everything typed, a message beside each field to fix.
 */
export default async function FixInterviewRequestPage({ params }: Props) {
  await pageLocale(params);
  const { token } = await params;
  const draft = getRequestDraft(getDb(), token);
  const form = draft && (await formFor(draft));
  if (!draft) {
    return (
      <>
        <h1 className="text-2xl font-bold">This request is no longer here</h1>
        <p className="mt-2">
          A request that was not sent is kept for an hour so you can fix it, then deleted. Nothing was sent. Find the
          right person in the{' '}
          <Link href="/" className="text-blue-800 underline">
            directory
          </Link>{' '}
          and write again, or call the press desk if it is urgent.
        </p>
      </>
    );
  }
  if (!form) return <TargetGone draft={draft} />;
  return (
    <>
      <p className="text-sm">
        <Link href={form.back.href} className="text-blue-800 underline">
          Back to {form.back.label}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Your interview request is not sent yet</h1>
      <p className="mt-2 text-stone-800">
        Everything you typed is below. Fix what is marked and press Send. Until then it is kept for an hour, at this
        address only.
      </p>
      <InterviewRequestSection {...form.section} initialState={draft.state} draftToken={token} />
    </>
  );
}

/**
 * The page the form was on is gone (or never was): no form to send, but what was typed is shown so it can be copied.
 */
function TargetGone({ draft }: { draft: RequestDraft }) {
  const { state } = draft;
  const reason =
    state.status === 'refused'
      ? state.message
      : (state.fieldErrors.targetId ?? state.fieldErrors.target ?? Object.values(state.fieldErrors)[0]);
  return (
    <>
      <h1 className="text-2xl font-bold">Your interview request was not sent</h1>
      <p role="alert" className="mt-2 rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
        {reason ?? 'The page it was written on is no longer published.'}
      </p>
      <p className="mt-2">
        Find the right person in the{' '}
        <Link href="/" className="text-blue-800 underline">
          directory
        </Link>
        , or call the press desk if it is urgent. What you typed is here to copy:
      </p>
      <dl className="mt-3 grid gap-2 rounded-xl border border-stone-300 bg-white p-4">
        {TYPED_FIELDS.filter(([field]) => state.values[field]).map(([field, label]) => (
          <div key={field}>
            <dt className="font-semibold">{label}</dt>
            <dd className="whitespace-pre-wrap break-words">{state.values[field]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
