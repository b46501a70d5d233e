import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/markdown';
import { ReleaseForm } from '@/components/release-form';
import { ReleaseStatusForm } from '@/components/release-status-form';
import { getReleaseEditor } from '@/db/queries/staff-releases';
import { requireAdmin } from '@/lib/staff-session';

export const metadata: Metadata = { title: 'Edit release' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string; published?: string; draft?: string }> };

export default async function EditReleasePage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requireAdmin(`/staff/releases/${slug}`);
  const flags = await searchParams;
  const editor = await getReleaseEditor(slug);
  if (!editor?.release) notFound();
  const { release } = editor;
  const message = flags.published ? 'Published: it is on the public pages now.' : flags.draft ? 'Unpublished: it is a draft again.' : flags.saved ? 'Saved.' : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{release.title}</h1>
      <p className="mt-1">
        {release.status === 'published' ? (
          <>
            Published at <Link href={`/releases/${release.slug}`} className="text-blue-800 underline">/releases/{release.slug}</Link>
          </>
        ) : (
          'Draft: not on the public pages.'
        )}
      </p>
      {message && (
        <p role="status" className="mt-3 rounded-lg bg-green-50 p-3 font-semibold text-green-900">
          {message}
        </p>
      )}
      <div className="my-4">
        <ReleaseStatusForm releaseId={release.id} status={release.status} />
      </div>
      <ReleaseForm key={JSON.stringify(flags)} releaseId={release.id} initial={editor.values} contacts={editor.contacts} />
      <section aria-labelledby="preview-heading" className="mt-8 rounded-lg border border-stone-300 bg-white p-4">
        <h2 id="preview-heading" className="text-lg font-bold">
          Body as journalists see it
        </h2>
        <Markdown>{release.body}</Markdown>
      </section>
    </>
  );
}
