import { notFound } from 'next/navigation';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

/** Any other address under a language (/ru/nothing/here): that language's Not found page, with status 404. */
export default async function UnknownPage({ params }: { params: Promise<{ locale: string; rest: string[] }> }) {
  await pageLocale(params);
  notFound();
}
