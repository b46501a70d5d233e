'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { NotAllowedError } from '@/db/writes/contacts';
import { addRequestNote, assignRequest, changeRequestStatus } from '@/db/writes/interview-requests';
import { STATUSES } from '@/lib/requests/workflow';
import { currentActor } from '@/lib/auth/staff-session';

export type RequestFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string>; values: Record<string, string> }
  | { status: 'refused'; message: string };

const REFUSED: RequestFormState = { status: 'refused', message: 'This request is not in your inbox. Nothing was changed.' };
const requestId = z.coerce.number().int().positive();

/** Runs a write that checks the inbox rule itself; a refusal becomes an error state, not a crash. */
async function guarded(formData: FormData, write: (actor: NonNullable<Awaited<ReturnType<typeof currentActor>>>, id: number) => RequestFormState | void): Promise<RequestFormState> {
  const actor = await currentActor();
  const id = requestId.safeParse(formData.get('requestId'));
  if (!actor || !id.success) return REFUSED;
  let result: RequestFormState | void;
  try {
    result = write(actor, id.data);
  } catch (error) {
    if (error instanceof NotAllowedError) return REFUSED;
    throw error;
  }
  if (result) return result;
  redirect(`/requests/${id.data}?saved=1`);
}

const statusSchema = z.object({ status: z.enum(STATUSES), message: z.string().trim().max(2000, 'Keep the message under 2000 characters.') });

export async function moveRequest(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = { status: String(formData.get('status') ?? ''), message: String(formData.get('message') ?? '') };
  const parsed = statusSchema.safeParse(values);
  if (!parsed.success) return { status: 'invalid', message: 'Please correct the marked field.', fieldErrors: { message: parsed.error.issues[0]!.message }, values };
  return guarded(formData, (actor, id) => {
    const moved = changeRequestStatus(getDb(), actor, id, parsed.data.status, parsed.data.message);
    if (!moved.ok) return { status: 'refused', message: `A request that is ${moved.from} cannot become ${parsed.data.status}. Reload the page.` };
  });
}

const assignSchema = z.object({ contactId: z.coerce.number({ message: 'Choose a colleague.' }).int().positive('Choose a colleague.') });

export async function assignToColleague(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = { contactId: String(formData.get('contactId') ?? '') };
  const parsed = assignSchema.safeParse(values);
  if (!parsed.success) return { status: 'invalid', message: 'Please correct the marked field.', fieldErrors: { contactId: parsed.error.issues[0]!.message }, values };
  return guarded(formData, (actor, id) => assignRequest(getDb(), actor, id, parsed.data.contactId));
}

const noteSchema = z.object({ note: z.string().trim().min(1, 'Write the note first.').max(4000, 'Keep the note under 4000 characters.') });

export async function addNote(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = { note: String(formData.get('note') ?? '') };
  const parsed = noteSchema.safeParse(values);
  if (!parsed.success) return { status: 'invalid', message: 'Please correct the marked field.', fieldErrors: { note: parsed.error.issues[0]!.message }, values };
  return guarded(formData, (actor, id) => addRequestNote(getDb(), actor, id, parsed.data.note));
}
