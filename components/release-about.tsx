import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { getTranslations } from 'next-intl/server';
import { Fragment, type ReactNode } from 'react';
import { telHref } from '@/lib/directory/phone';

/**
 * A release's "About" note (plain text: the organisation's boilerplate, notes to editors),
 * paragraph by paragraph; a number printed in it with its country code can be tapped. The heading is in the
 * reader's language, the note in the release's own (`lang`).
 */
export async function ReleaseAbout({ about, lang }: { about: string; lang?: string }) {
  const paragraphs = about
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paragraphs.length) return null;
  const t = await getTranslations('ReleasePage');
  return (
    <section aria-labelledby="about-heading" className="mt-8 rounded-lg border border-stone-300 bg-stone-50 p-4">
      <h2 id="about-heading" className="text-xl font-bold">
        {t('aboutHeading')}
      </h2>
      {paragraphs.map((p, i) => (
        <p key={i} lang={lang} className="mt-2 whitespace-pre-line text-stone-800">
          {withPhoneLinks(p)}
        </p>
      ))}
    </section>
  );
}

function withPhoneLinks(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const found of findPhoneNumbersInText(text)) {
    if (!text.slice(found.startsAt).startsWith('+')) continue;
    out.push(<Fragment key={`t${at}`}>{text.slice(at, found.startsAt)}</Fragment>);
    out.push(
      <a
        key={`p${found.startsAt}`}
        href={telHref(found.number.number, found.number.ext ?? null)}
        className="inline-block min-h-6 font-semibold text-blue-800 underline"
      >
        {text.slice(found.startsAt, found.endsAt)}
      </a>,
    );
    at = found.endsAt;
  }
  out.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return out;
}
