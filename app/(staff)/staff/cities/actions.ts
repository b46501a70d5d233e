'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { createCity, updateCity } from '@/db/writes/cities';
import { parseCityForm } from '@/lib/directory/city-form';
import { staffAction } from '@/lib/forms/staff-action';
import { revalidatePublic } from '@/lib/http/revalidate-public';

export const saveCity = staffAction({
  role: 'admin',
  refused: 'Only the press office’s admins can change cities. Nothing was saved.',
  // Empty for a new city.
  notFound: 'That city does not exist.',
  target: z.object({ cityId: z.union([z.literal(''), z.coerce.number().int().positive()]) }),
  input: (read) => parseCityForm(read),
  run: async ({ actor, target, input }) => {
    const db = getDb();
    const result = target.cityId === '' ? createCity(db, actor, input) : updateCity(db, actor, target.cityId, input);
    await revalidatePublic(result.paths, { releaseLists: result.paths.length > 0 });
    return { redirect: `/staff/cities/${result.slug}?saved=1` };
  },
});
