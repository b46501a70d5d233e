'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { setStaffTimeZone } from '@/db/writes/staff-clock';
import { staffAction } from '@/lib/forms/staff-action';
import { canonicalTimeZone } from '@/lib/text/time-zone';

/** Only the person's own clock: the row is the signed-in account, never a posted id. */
export const saveStaffTimeZone = staffAction({
  role: 'staff',
  refused: 'Sign in to choose your time zone.',
  target: z.object({}),
  input: z.object({
    timeZone: z
      .string()
      .trim()
      .refine((zone) => zone === '' || canonicalTimeZone(zone) !== null, 'Choose a time zone from the list.'),
  }),
  run: ({ actor, input }) => {
    const zone = input.timeZone === '' ? null : canonicalTimeZone(input.timeZone);
    setStaffTimeZone(getDb(), actor, zone);
    return {
      status: 'done' as const,
      message: zone
        ? `Saved. Staff pages show times in ${zone.replace(/_/g, ' ')}.`
        : 'Saved. Staff pages show times in your city’s zone.',
    };
  },
});
