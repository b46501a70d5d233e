import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export type FormFields = { action: string; method: string; enctype: string; fields: [string, string][] };

const attr = (el: Element, name: string) => el.attribs[name];

/**
 * What a browser without JavaScript would send for a form: every named, enabled control
 * with its current value (checked radios and checkboxes only, the selected option of a select).
 * `which` picks the form, e.g. the one with a hidden React Server Action field.
 */
export function readForm(html: string, which: (form: Element) => boolean): FormFields {
  const doc = parseDocument(html);
  const form = DomUtils.findAll((el) => el.name === 'form' && which(el), doc.children)[0];
  if (!form) throw new Error('No matching form on the page');
  const controls = DomUtils.findAll(
    (el) => ['input', 'select', 'textarea'].includes(el.name) && !!attr(el, 'name'),
    form.children,
  );
  const fields: [string, string][] = [];
  for (const el of controls) {
    const name = attr(el, 'name');
    if (name === undefined || attr(el, 'disabled') !== undefined) continue;
    if (el.name === 'textarea') fields.push([name, DomUtils.textContent(el)]);
    else if (el.name === 'select') {
      const options = DomUtils.findAll((o) => o.name === 'option', el.children);
      const chosen = options.find((o) => attr(o, 'selected') !== undefined) ?? options[0];
      if (chosen) fields.push([name, attr(chosen, 'value') ?? DomUtils.textContent(chosen)]);
    } else {
      const type = (attr(el, 'type') ?? 'text').toLowerCase();
      if (type === 'submit' || type === 'button' || type === 'image' || type === 'file') continue;
      if ((type === 'radio' || type === 'checkbox') && attr(el, 'checked') === undefined) continue;
      fields.push([name, attr(el, 'value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '')]);
    }
  }
  return {
    action: attr(form, 'action') ?? '',
    method: attr(form, 'method') ?? 'get',
    enctype: attr(form, 'enctype') ?? '',
    fields,
  };
}

/** A form posted by React without JavaScript carries its Server Action id in hidden `$ACTION_…` inputs. */
export function hasServerAction(form: Element): boolean {
  return (
    DomUtils.findAll((el) => el.name === 'input' && (attr(el, 'name') ?? '').startsWith('$ACTION_'), form.children)
      .length > 0
  );
}

/** Picks the form that has a control of this name. */
export function hasControl(name: string) {
  return (form: Element) =>
    DomUtils.findAll(
      (el) => ['input', 'select', 'textarea'].includes(el.name) && attr(el, 'name') === name,
      form.children,
    ).length > 0;
}

/** Replaces (or adds) values, keeping the order the browser would send. */
export function withValues(fields: [string, string][], values: Record<string, string>): [string, string][] {
  const out = fields.map(([k, v]): [string, string] => [k, values[k] ?? v]);
  for (const [k, v] of Object.entries(values)) if (!fields.some(([name]) => name === k)) out.push([k, v]);
  return out;
}

/** A multipart body exactly as `fetch` (and so a browser) encodes it, with its content type. */
export async function multipart(fields: [string, string][]): Promise<{ body: Buffer; contentType: string }> {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  const request = new Request('http://localhost/', { method: 'POST', body: data });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}
