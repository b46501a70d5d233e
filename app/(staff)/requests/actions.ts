'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { NotAllowedError } from '@/db/writes/contacts';
import { addRequestNote, assignRequest, changeRequestStatus } from '@/db/writes/interview-requests';
import type { FormState } from '@/lib/forms/form-state';
import { staffAction } from '@/lib/forms/staff-action';
import { STATUSES } from '@/lib/requests/workflow';

const REFUSED: FormState = { status: 'refused', message: 'This request is not in your inbox. Nothing was changed.' };
const target = z.object({ requestId: z.coerce.number().int().positive() });

/**
 * The inbox rule (lib/auth/rules.ts, canHandleRequest) needs the request's addressees and city, so
 * each write asks it inside its own transaction and throws NotAllowedError; that becomes a refusal.
 */
function inInbox(write: () => FormState | void, requestId: number) {
  try {
    return write() ?? { redirect: `/requests/${requestId}?saved=1` };
  } catch (error) {
    if (error instanceof NotAllowedError) return REFUSED;
    throw error;
  }
}

const request = {
  role: 'staff',
  refused: REFUSED.message,
  target,
  invalidMessage: 'Please correct the marked field.',
} as const;

export const moveRequest = staffAction({
  ...request,
  input: z.object({
    status: z.enum(STATUSES),
    message: z.string().trim().max(2000, 'Keep the message under 2000 characters.'),
  }),
  run: ({ actor, target: { requestId }, input }) =>
    inInbox(() => {
      const moved = changeRequestStatus(getDb(), actor, requestId, input.status, input.message);
      if (!moved.ok)
        return {
          status: 'refused',
          message: `A request that is ${moved.from} cannot become ${input.status}. Reload the page.`,
        };
    }, requestId),
});

export const assignToColleague = staffAction({
  ...request,
  input: z.object({
    contactId: z.coerce.number({ message: 'Choose a colleague.' }).int().positive('Choose a colleague.'),
  }),
  run: ({ actor, target: { requestId }, input }) =>
    inInbox(() => assignRequest(getDb(), actor, requestId, input.contactId), requestId),
});

export const addNote = staffAction({
  ...request,
  input: z.object({
    note: z.string().trim().min(1, 'Write the note first.').max(4000, 'Keep the note under 4000 characters.'),
  }),
  run: ({ actor, target: { requestId }, input }) =>
    inInbox(() => addRequestNote(getDb(), actor, requestId, input.note), requestId),
});
