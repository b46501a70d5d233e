import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { config, publicUrl } from '../config';
import { localizedPath, type Locale } from '../i18n/locales';
import { syncTranslatorFor } from '../i18n/sync-translator';

/**
 * The journalist's status-link token, sealed so later e-mails can carry the link while the database
 * alone (a stolen copy, a backup) still does not open anyone's request: AES-256-GCM under a key derived
 * from BETTER_AUTH_SECRET, which lives outside the database. Decision record 0069.
 */
const VERSION = 'v1';

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'pressline', 'request status-link token', 32));
}

/** The sealed token, or null when there is no secret to seal with (then e-mails fall back to words). */
export function sealStatusToken(token: string, secret = config().BETTER_AUTH_SECRET): string | null {
  if (!secret) return null;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** The token back, or null when it was sealed under another secret (rotated) or not at all. */
export function openStatusToken(sealed: string | null, secret = config().BETTER_AUTH_SECRET): string | null {
  if (!sealed || !secret) return null;
  const [version, iv, body] = sealed.split('.');
  if (version !== VERSION || !iv || !body) return null;
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length < 17) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** The status page in the language the request was written in (English keeps today's unprefixed URL). */
export function statusUrl(token: string, locale: Locale = 'en'): string {
  return `${publicUrl()}${localizedPath(locale, `/request-status/${token}`)}`;
}

/** Where staff handle a request (behind sign-in), absolute for e-mails. */
export function staffRequestUrl(id: number): string {
  return `${publicUrl()}/requests/${id}`;
}

/**
 * The journalist's status link for a later e-mail, or, for a request sealed under a secret since
 * rotated (or made before links were kept), the words that point to the first e-mail.
 */
export function statusLinkOrHint(sealed: string | null, reference: string, locale: Locale = 'en'): string {
  const token = openStatusToken(sealed);
  return token ? statusUrl(token, locale) : syncTranslatorFor(locale)('Mail.linkHint', { reference });
}
