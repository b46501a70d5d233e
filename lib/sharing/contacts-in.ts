/** "Contacts in Moscow and Geneva": where a release's spokespeople are, as a shared link says it. */
export function contactsIn(places: string[]): string {
  const unique = [...new Set(places.map((p) => p.trim()).filter(Boolean))];
  if (unique.length === 0) return '';
  const list = unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  return `Contacts in ${list}`;
}
