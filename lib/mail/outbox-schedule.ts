/**
 * When to try an e-mail again after `attempts` failures: 5 s, 10 s, 20 s … doubling up
 * to `maxMs`, with up to 20 % jitter so a recovering SMTP server is not hit all at once.
 */
export function retryDelay(
  attempts: number,
  { baseMs = 5_000, maxMs = 15 * 60_000, random = Math.random } = {},
): number {
  const exponential = baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30);
  const capped = Math.min(exponential, maxMs);
  return Math.round(capped * (1 - 0.2 * random()));
}
