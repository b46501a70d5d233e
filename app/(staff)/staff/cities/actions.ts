'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { createCity, updateCity } from '@/db/writes/cities';
import { canManageDirectory } from '@/lib/auth/rules';
import { parseCityForm } from '@/lib/directory/city-form';
import type { FieldErrors, FormValues } from '@/lib/directory/contact-form';
import { revalidatePublic } from '@/lib/http/revalidate-public';
import { currentActor } from '@/lib/auth/staff-session';

export type CityFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: FieldErrors; values: FormValues }
  | { status: 'refused'; message: string };

const cityId = z.union([z.literal(''), z.coerce.number().int().positive()]);

export async function saveCity(_prev: CityFormState, formData: FormData): Promise<CityFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return { status: 'refused', message: 'Only the press office’s admins can change cities. Nothing was saved.' };
  const id = cityId.safeParse(formData.get('cityId') ?? '');
  if (!id.success) return { status: 'refused', message: 'That city does not exist.' };
  const parsed = parseCityForm((name) => String(formData.get(name) ?? ''));
  if (!parsed.ok) return { status: 'invalid', message: 'Nothing was saved yet. Please correct the marked fields.', fieldErrors: parsed.fieldErrors, values: parsed.values };
  const db = getDb();
  const result = id.data === '' ? createCity(db, actor!, parsed.input) : updateCity(db, actor!, id.data, parsed.input);
  revalidatePublic(result.paths, { releaseLists: result.paths.length > 0 });
  redirect(`/staff/cities/${result.slug}?saved=1`);
}
