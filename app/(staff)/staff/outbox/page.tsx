import type { Metadata } from 'next';
import { OutboxRetryForm } from '@/components/outbox-retry-form';
import { StaffTime } from '@/components/staff-time';
import { listOutbox } from '@/db/queries/outbox-admin';
import { getStaffClock } from '@/db/queries/staff-clock';
import { requireAdmin } from '@/lib/auth/staff-session';
import { smtpUrl } from '@/lib/mail/transport';

export const metadata: Metadata = { title: 'Outbox (admin)' };

export default async function OutboxPage() {
  const actor = await requireAdmin('/staff/outbox');
  const [messages, { timeZone }] = await Promise.all([listOutbox(), getStaffClock(actor)]);
  const smtp = smtpUrl() !== null;
  return (
    <>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <p className="mt-2 text-stone-800">
        {smtp
          ? 'E-mails are delivered over SMTP with retries; a message is marked sent only once the server accepted it.'
          : 'No SMTP_URL is configured: e-mails wait here, and you can read them below.'}
      </p>
      {messages.length === 0 && <p className="mt-4">No e-mails yet.</p>}
      <ul className="mt-4 flex flex-col gap-3">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-stone-300 bg-white p-3">
            <p className="font-semibold break-words">{m.subject}</p>
            <p className="text-sm text-stone-700">
              To {m.to} ·{' '}
              {m.status !== 'sent' ? (
                `pending, ${m.attempts} attempt${m.attempts === 1 ? '' : 's'}`
              ) : (
                <>
                  sent
                  {m.sentAt && (
                    <>
                      {' '}
                      <StaffTime at={m.sentAt} zone={timeZone} />
                    </>
                  )}
                </>
              )}
              {m.lastError ? ` · last error: ${m.lastError}` : ''}
            </p>
            <details className="mt-1">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-800 underline">
                Read the message
              </summary>
              <pre className="mt-2 whitespace-pre-wrap break-words text-sm">{m.text}</pre>
            </details>
            {m.status === 'pending' && <OutboxRetryForm id={m.id} />}
          </li>
        ))}
      </ul>
    </>
  );
}
