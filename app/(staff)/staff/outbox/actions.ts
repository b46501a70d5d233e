'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { retryOutboxMessage } from '@/db/queries/outbox-admin';
import { kickOutbox } from '@/db/ops/outbox-kick';
import { staffAction } from '@/lib/forms/staff-action';

export const retryMessage = staffAction({
  role: 'admin',
  refused: 'Only an admin can retry e-mails.',
  notFound: 'That message does not exist.',
  target: z.object({ id: z.coerce.number().int().positive() }),
  run: ({ target }) => {
    if (!retryOutboxMessage(target.id))
      return { status: 'refused', message: 'That message was already sent or does not exist.' };
    kickOutbox();
    revalidatePath('/staff/outbox');
    return { status: 'done', message: 'Queued to be sent now.' };
  },
});
