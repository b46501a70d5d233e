'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { NotAllowedError } from '@/db/writes/contacts';
import {
  addRequestNote,
  assignRequest,
  changeRequestStatus,
  reopenRequest,
  scheduleInterview,
} from '@/db/writes/interview-requests';
import type { FormState } from '@/lib/forms/form-state';
import { staffAction } from '@/lib/forms/staff-action';
import { parseSchedule } from '@/lib/requests/schedule';
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

/** Schedules the interview (or moves it): date, time and zone, length, format and where or how. */
export const scheduleRequest = staffAction({
  ...request,
  invalidMessage: 'Nothing was scheduled yet. Please correct the marked fields.',
  input: (read) => parseSchedule(read),
  run: ({ actor, target: { requestId }, input }) =>
    inInbox(() => {
      const scheduled = scheduleInterview(getDb(), actor, requestId, input);
      if (!scheduled.ok && scheduled.unchanged)
        return { status: 'refused', message: 'That is the interview as scheduled already: nothing was sent.' };
      if (!scheduled.ok)
        return {
          status: 'refused',
          message: `A request that is ${scheduled.from} cannot be scheduled. Reload the page.`,
        };
    }, requestId),
});

export const reopen = staffAction({
  ...request,
  input: z.object({
    reason: z
      .string()
      .trim()
      .min(1, 'Say why it is reopened: the journalist sees it.')
      .max(2000, 'Keep the reason under 2000 characters.'),
  }),
  run: ({ actor, target: { requestId }, input }) =>
    inInbox(() => {
      const reopened = reopenRequest(getDb(), actor, requestId, input.reason);
      if (!reopened.ok)
        return { status: 'refused', message: `A request that is ${reopened.from} is open already. Reload the page.` };
    }, requestId),
});
