const DAY = 24 * 60 * 60 * 1000;

/** RFC 9116 advises an Expires under a year ahead; a fresh one is written at each request. */
const VALID_FOR_DAYS = 180;

/**
 * /.well-known/security.txt (RFC 9116): who to tell about a vulnerability, until when this holds,
 * where the file lives and which languages the reader may use. `contact` is an e-mail address or an
 * https:// page (SECURITY_CONTACT, else PRESS_OFFICE_EMAIL); null when neither is set.
 */
export function securityTxt({ contact, baseUrl, now }: { contact: string; baseUrl: string; now: Date }): string {
  const uri = /^https:\/\//.test(contact) ? contact : `mailto:${contact}`;
  const expires = new Date(now.getTime() + VALID_FOR_DAYS * DAY);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${uri}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    `Canonical: ${baseUrl}/.well-known/security.txt`,
    'Preferred-Languages: en',
    '',
  ].join('\n');
}
