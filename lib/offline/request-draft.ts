/**
 * An interview request typed with no network is kept on the phone (localStorage) until it is sent:
 * what the journalist typed and chose, never the form's own hidden fields (the robot checks and the
 * target come from the page, so a kept draft cannot move a request elsewhere).
 */
const NOT_KEPT = new Set(['target', 'targetId', 'renderedAt', 'fillMs', 'website', 'draft']);

export const draftKey = (target: string, targetId: number) => `pressline:request-draft:${target}-${targetId}`;

export function draftValues(entries: Iterable<[string, FormDataEntryValue]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of entries) if (!NOT_KEPT.has(name) && typeof value === 'string') values[name] = value;
  return values;
}

/** A stored draft, or null for nothing stored or anything that is not one (an old format, a hand edit). */
export function parseDraft(stored: string | null): Record<string, string> | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && !NOT_KEPT.has(e[0]),
    );
    return entries.length ? Object.fromEntries(entries) : null;
  } catch {
    return null;
  }
}

type Field = { value: string } | null;

/** Puts a draft back into the form's fields; a name the form does not have is ignored. */
export function restoreDraft(fieldNamed: (name: string) => Field, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const field = fieldNamed(name);
    if (field) field.value = value;
  }
}
