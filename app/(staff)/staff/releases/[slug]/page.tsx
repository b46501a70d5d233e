import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/markdown';
import { ReleaseForm } from '@/components/release-form';
import { ReleaseStatusForm } from '@/components/release-status-form';
import { contactsAwaitingReview, getReleaseEditor } from '@/db/queries/staff-releases';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Edit release' };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ saved?: string; published?: string; draft?: string; imported?: string }>;
};

export default async function EditReleasePage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requireAdmin(`/staff/releases/${slug}`);
  const flags = await searchParams;
  const editor = await getReleaseEditor(slug);
  if (!editor?.release) notFound();
  const { release } = editor;
  const waiting = await contactsAwaitingReview(release.id);
  const message = flags.published
    ? 'Published: it is on the public pages now.'
    : flags.draft
      ? 'Unpublished: it is a draft again.'
      : flags.imported !== undefined
        ? 'Imported and saved as a draft. Check it below, then publish.'
        : flags.saved
          ? 'Saved.'
          : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{release.title}</h1>
      <p className="mt-1">
        {release.status === 'published' ? (
          <>
            Published at{' '}
            <Link href={`/releases/${release.slug}`} className="text-blue-800 underline">
              /releases/{release.slug}
            </Link>
          </>
        ) : (
          'Draft: not on the public pages.'
        )}
      </p>
      {editor.translations.length > 0 && (
        <p className="mt-1">
          Also in:{' '}
          {editor.translations.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && ' · '}
              <Link href={`/staff/releases/${t.slug}`} className="text-blue-800 underline">
                {t.languageName}
              </Link>
              {t.status === 'draft' && ' (draft)'}
            </span>
          ))}
        </p>
      )}
      {message && (
        <p role="status" className="mt-3 rounded-lg bg-green-50 p-3 font-semibold text-green-900">
          {message}
        </p>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading" className="mt-3 rounded-lg border border-amber-400 bg-amber-50 p-3">
          <h2 id="waiting-heading" className="font-bold">
            Awaiting review ({waiting.length})
          </h2>
          <p className="text-sm">
            This release lists people who are not in the public directory yet. Check and add them before publishing:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {waiting.map((c) => (
              <li key={c.slug}>
                <Link
                  href={`/staff/contacts/${c.slug}`}
                  className="inline-flex min-h-11 items-center text-blue-800 underline"
                >
                  {c.fullName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="my-4">
        <ReleaseStatusForm releaseId={release.id} status={release.status} />
      </div>
      <ReleaseForm
        key={JSON.stringify(flags)}
        releaseId={release.id}
        initial={editor.values}
        contacts={editor.contacts}
        translationOptions={editor.translationOptions}
      />
      <section aria-labelledby="preview-heading" className="mt-8 rounded-lg border border-stone-300 bg-white p-4">
        <h2 id="preview-heading" className="text-lg font-bold">
          Body as journalists see it
        </h2>
        <Markdown>{release.body}</Markdown>
      </section>
    </>
  );
}
