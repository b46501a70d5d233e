'use client';

import { saveContact } from '@/app/(staff)/me/actions';
import { SelectField, TextArea, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { PhoneRows } from './forms/phone-rows';
import { SubmitButton } from './forms/submit-button';
import { WeeklyHoursFields } from './forms/weekly-hours-fields';

type Option = { id: number; name: string };

/** The languages besides English an officer can give their role and bio in (lib/directory/contact-form.ts). */
const TRANSLATIONS = [
  { lang: 'ru', legend: 'Русский', suffix: 'Ru', language: 'Russian' },
  { lang: 'fr', legend: 'Français', suffix: 'Fr', language: 'French' },
] as const;
type Props = {
  contactId: number;
  returnTo: string;
  city: string;
  canMoveCity: boolean;
  initial: Record<string, string>;
  cities: Option[];
  delegates: Option[];
  /** Saving one's own details also confirms them: one button, "Save and confirm". */
  confirms: boolean;
};

export function ContactDetailsForm({
  contactId,
  returnTo,
  city,
  canMoveCity,
  initial,
  cities,
  delegates,
  confirms,
}: Props) {
  const { state, action, formRef, values, errors: e } = useFormAction(saveContact, initial);
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-5">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="contactId" value={contactId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <fieldset className="grid gap-4 rounded-lg border border-stone-300 p-3 sm:grid-cols-2">
        <legend className="px-1 text-lg font-bold">Name and role</legend>
        <TextField
          name="fullName"
          label="Full name"
          defaultValue={values.fullName}
          error={e.fullName}
          autoComplete="name"
          required
        />
        <TextField
          name="localName"
          label="Name in local script"
          hint="Only when it differs, e.g. Аюна Батоева."
          defaultValue={values.localName}
          error={e.localName}
        />
        <TextField name="role" label="Role" defaultValue={values.role} error={e.role} />
        <TextField
          name="languages"
          label="Languages"
          hint="Language codes in order, e.g. ru, en, fr-CH."
          defaultValue={values.languages}
          error={e.languages}
        />
      </fieldset>
      {TRANSLATIONS.map(({ lang, legend, suffix, language }) => (
        <fieldset key={lang} className="grid gap-4 rounded-lg border border-stone-300 p-3">
          <legend className="px-1 text-lg font-bold" lang={lang}>
            {legend}
          </legend>
          <p className="text-sm text-stone-700">
            For journalists reading Pressline in this language. Left empty, they see the English role.
          </p>
          <TextField
            name={`role${suffix}`}
            label={`Role in ${language}`}
            lang={lang}
            defaultValue={values[`role${suffix}`]}
            error={e[`role${suffix}`]}
          />
          <TextArea
            name={`bio${suffix}`}
            label={`Short bio in ${language}`}
            hint="One or two sentences, up to 300 characters."
            lang={lang}
            rows={2}
            defaultValue={values[`bio${suffix}`]}
            error={e[`bio${suffix}`]}
          />
        </fieldset>
      ))}
      <fieldset className="grid gap-4 rounded-lg border border-stone-300 p-3 sm:grid-cols-2">
        <legend className="px-1 text-lg font-bold">City and e-mail</legend>
        {canMoveCity ? (
          <SelectField
            name="cityId"
            label="City"
            options={cities.map((c) => [String(c.id), c.name])}
            defaultValue={values.cityId}
            error={e.cityId}
          />
        ) : (
          <div>
            <p className="font-semibold">City</p>
            <p className="mt-1 min-h-11 py-2" data-city>
              {city}
            </p>
            <p className="text-sm text-stone-700">Moved to another city? Ask the press office’s admins to change it.</p>
          </div>
        )}
        <TextField
          name="email"
          label="E-mail shown to journalists"
          type="email"
          defaultValue={values.email}
          error={e.email}
        />
      </fieldset>
      <PhoneRows values={values} errors={e} />
      <WeeklyHoursFields values={values} errors={e} city={city} />
      <fieldset className="grid gap-4 rounded-lg border border-stone-300 p-3 sm:grid-cols-2">
        <legend className="px-1 text-lg font-bold">Leave</legend>
        <label className="flex min-h-11 items-center gap-2 sm:col-span-2">
          <input
            type="checkbox"
            name="onLeave"
            value="on"
            defaultChecked={values.onLeave === 'on'}
            className="size-5"
          />
          <span className="font-semibold">On leave</span>
        </label>
        <TextField
          name="leaveReturnsOn"
          label="Back on"
          type="date"
          defaultValue={values.leaveReturnsOn}
          error={e.leaveReturnsOn}
        />
        <SelectField
          name="delegateId"
          label="Delegate while away"
          options={[['', 'Nobody'], ...delegates.map((d): [string, string] => [String(d.id), d.name])]}
          defaultValue={values.delegateId}
          error={e.delegateId}
        />
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">{confirms ? 'Save and confirm' : 'Save details'}</SubmitButton>
      </div>
    </form>
  );
}
