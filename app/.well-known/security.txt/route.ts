import { config, publicUrl } from '@/lib/config';
import { securityTxt } from '@/lib/sharing/security-txt';

// Its Expires moves with the calendar, so it is written per request (a few lines of text).
export const dynamic = 'force-dynamic';

export function GET() {
  const { SECURITY_CONTACT, PRESS_OFFICE_EMAIL, PRESSLINE_DEMO } = config();
  const contact = SECURITY_CONTACT ?? PRESS_OFFICE_EMAIL ?? (PRESSLINE_DEMO === '1' ? 'security@example.org' : null);
  if (!contact)
    return new Response('No security contact is configured (SECURITY_CONTACT).\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  return new Response(securityTxt({ contact, baseUrl: publicUrl(), now: new Date() }), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
