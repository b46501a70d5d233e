import { TYPED_FIELDS } from './form-state';

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
}: {
  message: string;
  action: string;
  fields: [string, string][];
}): string {
  const value = (name: string) => fields.find(([k]) => k === name)?.[1] ?? '';
  const typed = TYPED_FIELDS.filter(([name]) => value(name))
    .map(([name, label]) => `<dt>${escape(label)}</dt><dd style="white-space:pre-wrap">${escape(value(name))}</dd>`)
    .join('');
  const hidden = fields.map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Not sent yet: please send again · Pressline</title></head>
<body><main>
<h1>Your interview request is not sent yet</h1>
<p role="alert">${escape(message)}</p>
<form method="post" action="${escape(action)}" enctype="multipart/form-data">${hidden}<button type="submit">Send again</button></form>
${typed ? `<h2>What you typed</h2><dl>${typed}</dl>` : ''}
<p><a href="/">Back to the directory</a></p>
</main></body></html>
`;
}
