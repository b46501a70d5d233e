'use client';

import { saveCity } from '@/app/(staff)/staff/cities/actions';
import { TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

type Props = { cityId: number | null; initial: Record<string, string>; timeZones: string[] };

export function CityForm({ cityId, initial, timeZones }: Props) {
  const { state, action, formRef, values, errors: e } = useFormAction(saveCity, initial);
  return (
    <form ref={formRef} action={action} noValidate className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="cityId" value={cityId ?? ''} />
      <TextField name="name" label="Name" defaultValue={values.name} error={e.name} required />
      <TextField
        name="nameRu"
        label="Name in Russian"
        hint="As Russian readers see it, e.g. Женева. Leave empty to show the English name."
        lang="ru"
        defaultValue={values.nameRu}
        error={e.nameRu}
      />
      <TextField
        name="nameFr"
        label="Name in French"
        hint="As French readers see it, e.g. Genève. Leave empty to show the English name."
        lang="fr"
        defaultValue={values.nameFr}
        error={e.nameFr}
      />
      <TextField
        name="country"
        label="Country code"
        hint="Two letters (ISO 3166), e.g. CH. Numbers typed without + are read as this country's."
        defaultValue={values.country}
        error={e.country}
        maxLength={2}
        required
      />
      <TextField
        name="timeZone"
        label="Time zone"
        hint="As in the IANA database, e.g. Europe/Zurich."
        list="time-zones"
        defaultValue={values.timeZone}
        error={e.timeZone}
        required
      />
      <datalist id="time-zones">
        {timeZones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <TextField
        name="deskEmail"
        label="Press desk e-mail"
        type="email"
        defaultValue={values.deskEmail}
        error={e.deskEmail}
        required
      />
      <TextField
        name="dutyPhone"
        label="24/7 duty number"
        type="tel"
        defaultValue={values.dutyPhone}
        error={e.dutyPhone}
        required
      />
      <div>
        <SubmitButton pendingText="Saving…">{cityId ? 'Save city' : 'Add city'}</SubmitButton>
      </div>
    </form>
  );
}
