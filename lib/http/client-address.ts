/** Set by lib/server/server.ts on every request, overwriting whatever the client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-pressline-client';

/**
 * The connecting address; `X-Forwarded-For` only counts when TRUST_PROXY=1, i.e. when a
 * proxy we run sets it. Otherwise anyone could claim any address and dodge rate limits.
 * Even then only the last entry is ours: a proxy appends the address it saw to whatever the
 * client sent, so every earlier entry (and every earlier header) is the client's to forge.
 */
export function clientAddressOf(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const lastHeader = Array.isArray(forwardedFor) ? forwardedFor.at(-1) : forwardedFor;
    const last = lastHeader?.split(',').at(-1)?.trim();
    if (last) return last.slice(0, 64);
  }
  return remoteAddress ?? 'unknown';
}
