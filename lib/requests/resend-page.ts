import { TYPED_FIELDS } from './form-state';
import { localizedPath, type Locale } from '../i18n/locales';
import { syncTranslatorFor } from '../i18n/sync-translator';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The answer to a form sent without JavaScript when the database was too busy to keep anything,
 * not even the draft a refused request is shown again from: a small page that carries every
 * field the browser sent in hidden inputs, so "Send again" posts the very same request.
 */
export function resendPageHtml({
  message,
  action,
  fields,
  locale = 'en',
}: {
  message: string;
  action: string;
  fields: [string, string][];
  /** The language of the page the form was on */
  locale?: Locale;
}): string {
  const t = syncTranslatorFor(locale);
  const value = (name: string) => fields.find(([k]) => k === name)?.[1] ?? '';
  const typed = TYPED_FIELDS.filter(([name]) => value(name))
    .map(
      ([name]) =>
        `<dt>${escape(t(`RequestFix.typed.${name}`))}</dt><dd style="white-space:pre-wrap">${escape(value(name))}</dd>`,
    )
    .join('');
  const hidden = fields.map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`).join('');
  return `<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(t('RequestFix.resendTitle'))}</title></head>
<body><main>
<h1>${escape(t('RequestFix.title'))}</h1>
<p role="alert">${escape(message)}</p>
<form method="post" action="${escape(action)}" enctype="multipart/form-data">${hidden}<button type="submit">${escape(t('RequestFix.resendAgain'))}</button></form>
${typed ? `<h2>${escape(t('RequestFix.resendTyped'))}</h2><dl>${typed}</dl>` : ''}
<p><a href="${localizedPath(locale, '/')}">${escape(t('RequestFix.resendBack'))}</a></p>
</main></body></html>
`;
}
