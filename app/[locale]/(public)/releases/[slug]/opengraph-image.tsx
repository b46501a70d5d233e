import { getReleasePage } from '@/db/queries/directory';
import { contactsIn } from '@/lib/sharing/contacts-in';
import { SHARE_IMAGE_SIZE, shareImage } from '@/components/share-image';
import { formatDate } from '@/lib/time/dates';

// Cached like the release page and dropped with it (lib/http/revalidate-public.ts).
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

export const alt = 'The release title, its date and where its spokespeople are';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const release = await getReleasePage((await params).slug);
  if (!release) return new Response('No such release.\n', { status: 404 });
  return shareImage({
    kicker: `Press release · ${formatDate(release.publishedOn)}`,
    title: release.title,
    lines: [contactsIn(release.groups.map((g) => g.label))].filter(Boolean),
  });
}
