/** Set by scripts/server.ts on every request, overwriting whatever the client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-pressline-client';

/**
 * The connecting address; `X-Forwarded-For` only counts when TRUST_PROXY=1, i.e. when a
 * proxy we run sets it. Otherwise anyone could claim any address and dodge rate limits.
 */
export function clientAddressOf(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  if (trustProxy && forwardedFor) {
    const first = (Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor)?.split(',')[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  return remoteAddress ?? 'unknown';
}
