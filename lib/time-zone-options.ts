const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The `<option>`s of the time-zone select as one HTML string. As React elements, the
 * ~440 options were two thirds of a public page's DOM and of its hydration work; as
 * inner HTML they are one node to hydrate, and the same markup without JavaScript.
 */
export function timeZoneOptionsHtml(zones: readonly string[], selected: string): string {
  return zones
    .map((zone) => {
      const value = escapeHtml(zone);
      return `<option value="${value}"${zone === selected ? ' selected=""' : ''}>${escapeHtml(zone.replace(/_/g, ' '))}</option>`;
    })
    .join('');
}
