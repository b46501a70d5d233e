import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
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
import { localizedPath, type Locale } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';
import { TYPED_FIELDS } from '@/lib/requests/form-state';

// What one journalist typed: rendered for each visit, never cached or indexed.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RequestFix' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

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
  return { ...form, section: { ...form.section, addressee: { kind: 'releaseSpokespeople', title: release.title } } };
}

/**
 * A request sent without JavaScript that needs fixing comes back here, in the language of the page it was
 * written on (the form's route answers with a link only that browser gets): everything typed, a message
 * beside each field to fix.
 */
export default async function FixInterviewRequestPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: 'RequestFix' });
  const draft = getRequestDraft(getDb(), token);
  const form = draft && (await formFor(draft));
  const directory = (chunks: React.ReactNode) => (
    <Link href={localizedPath(locale, '/')} className="text-blue-800 underline">
      {chunks}
    </Link>
  );
  if (!draft) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t('goneTitle')}</h1>
        <p className="mt-2">{t.rich('goneBody', { link: directory })}</p>
      </>
    );
  }
  if (!form) return <TargetGone draft={draft} locale={locale} />;
  const backLabel =
    form.back.kind === 'city'
      ? (await getTranslations({ locale, namespace: 'RequestSection' }))('backToCity', { city: form.back.name })
      : form.back.name;
  return (
    <>
      <p className="text-sm">
        <Link href={localizedPath(locale, form.back.href)} className="text-blue-800 underline">
          {t('back', { label: backLabel })}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-800">{t('intro')}</p>
      <InterviewRequestSection {...form.section} initialState={draft.state} draftToken={token} />
    </>
  );
}

/**
 * The page the form was on is gone (or never was): no form to send, but what was typed is shown so it can be copied.
 */
async function TargetGone({ draft, locale }: { draft: RequestDraft; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'RequestFix' });
  const { state } = draft;
  const reason =
    state.status === 'refused'
      ? state.message
      : (state.fieldErrors.targetId ?? state.fieldErrors.target ?? Object.values(state.fieldErrors)[0]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('notSentTitle')}</h1>
      <p role="alert" className="mt-2 rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
        {reason ?? t('noLongerPublished')}
      </p>
      <p className="mt-2">
        {t.rich('findPerson', {
          link: (chunks) => (
            <Link href={localizedPath(locale, '/')} className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <dl className="mt-3 grid gap-2 rounded-xl border border-stone-300 bg-white p-4">
        {TYPED_FIELDS.filter(([field]) => state.values[field]).map(([field]) => (
          <div key={field}>
            <dt className="font-semibold">{t(`typed.${field}`)}</dt>
            <dd className="whitespace-pre-wrap break-words">{state.values[field]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
