import { ConfirmedOn } from './confirmed-on';

/** "Details confirmed 12 days ago", flagged when older than the freshness period. */
export function Freshness({ confirmedAt, stale }: { confirmedAt: Date | null; stale: boolean }) {
  return (
    <span className={stale ? 'font-semibold text-red-800' : undefined}>
      {confirmedAt ? (
        <ConfirmedOn
          at={confirmedAt.getTime()}
          fallback={`Details confirmed on ${confirmedAt.toISOString().slice(0, 10)}`}
        />
      ) : (
        'Never confirmed'
      )}
      {stale && ' — needs confirming'}
    </span>
  );
}
