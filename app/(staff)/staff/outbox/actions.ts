'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { retryOutboxMessage } from '@/db/queries/outbox-admin';
import { isAdmin } from '@/lib/auth/rules';
import { currentActor } from '@/lib/auth/staff-session';

export type RetryState = { status: 'idle' } | { status: 'error'; message: string } | { status: 'done'; message: string };

const input = z.object({ id: z.coerce.number().int().positive() });

export async function retryMessage(_prev: RetryState, formData: FormData): Promise<RetryState> {
  const actor = await currentActor();
  if (!actor || !isAdmin(actor)) return { status: 'error', message: 'Only an admin can retry e-mails.' };
  const parsed = input.safeParse({ id: formData.get('id') });
  if (!parsed.success) return { status: 'error', message: 'That message does not exist.' };
  if (!retryOutboxMessage(parsed.data.id)) return { status: 'error', message: 'That message was already sent or does not exist.' };
  (globalThis as { __presslineOutbox?: { kick: () => void } }).__presslineOutbox?.kick();
  revalidatePath('/staff/outbox');
  return { status: 'done', message: 'Queued to be sent now.' };
}
