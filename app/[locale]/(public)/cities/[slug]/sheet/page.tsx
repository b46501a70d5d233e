import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContactSheet } from '@/components/contact-sheet';
import { renderTime } from '@/components/reach-now';
import { getCityPage } from '@/db/queries/directory';
import { publicUrl } from '@/lib/config';
import { pageLocale } from '@/lib/i18n/page';

// Cached like the city page; a write that changes the city revalidates both (lib/http/revalidate-public.ts).
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getCityPage((await params).slug);
  return page
    ? {
        title: `Contact sheet: ${page.city.name}`,
        description: `${page.city.name} press contacts on one printable A4 page, with QR codes of their contact cards.`,
        // The city page is the one to share and index; this is its printout.
        alternates: { canonical: `/cities/${page.city.slug}` },
        robots: { index: false },
      }
    : { title: 'City not found' };
}

export default async function ContactSheetPage({ params }: Props) {
  await pageLocale(params);
  const page = await getCityPage((await params).slug);
  if (!page) notFound();
  return (
    <>
      <p className="mb-3 text-sm print:hidden">
        Print this page (Ctrl+P or your browser&rsquo;s Print command) for one A4 sheet.{' '}
        <Link href={`/cities/${page.city.slug}`} className="inline-flex min-h-6 items-center text-blue-800 underline">
          Back to {page.city.name}
        </Link>
      </p>
      <ContactSheet city={page.city} contacts={page.contacts} baseUrl={publicUrl()} renderedAt={renderTime()} as="h1" />
    </>
  );
}
