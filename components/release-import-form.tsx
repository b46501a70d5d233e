'use client';

import { useActionState, useRef, useState } from 'react';
import { importRelease, type ImportFormState } from '@/app/(staff)/staff/releases/import/actions';
import { NEW_CITY_PREFIX, NEW_CONTACT, newCityField } from '@/lib/release-import/import-form';
import { errorProps, FieldError, inputClass, SelectField, TextArea, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { PhoneRows } from './forms/phone-rows';
import { CutParts, NewCityFields, RecoveredAddresses, RecoveredEmailCheck } from './release-import-extras';
import { SubmitButton } from './forms/submit-button';
import { ReleaseHeadingFields } from './forms/release-heading-fields';

type Option = { id: number; name: string };
type Props = { contacts: Option[]; cities: Option[] };

const MATCHED_BY: Record<string, string> = {
  phone: 'its phone number',
  'e-mail': 'its e-mail address',
  name: 'the name',
};

/** Paste or upload → review what was read (matched and new people, warnings) → save as a draft. */
export function ReleaseImportForm({ contacts, cities }: Props) {
  const [state, action] = useActionState<ImportFormState, FormData>(importRelease, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  if (state.status !== 'review') {
    return (
      <form ref={formRef} action={action} noValidate className="flex flex-col gap-4">
        <FormMessage state={state} formRef={formRef} />
        <input type="hidden" name="step" value="preview" />
        <TextArea
          name="text"
          label="Release text"
          hint="Paste the whole release, its web page’s HTML, or only its media-contacts block (“For more information…”, “Contacts médias”, “Rückfragen & Kontakt”, “Para más información”…)."
          rows={14}
          defaultValue={state.status === 'text-invalid' ? state.text : ''}
          error={state.status === 'text-invalid' ? state.fieldErrors.text : undefined}
        />
        <TextField
          name="file"
          label="Or a file"
          hint="The release as a .txt file (at most 128 kB) or its saved web page, .html (at most 200 kB); it is read instead of the box. Addresses the page hides are recovered for you to check."
          type="file"
          accept=".txt,text/plain,.html,.htm,text/html"
        />
        <div>
          <SubmitButton pendingText="Reading…">Preview</SubmitButton>
        </div>
      </form>
    );
  }
  return (
    <ReviewForm
      key={JSON.stringify(state.fieldErrors)}
      state={state}
      action={action}
      contacts={contacts}
      cities={cities}
    />
  );
}

function ReviewForm({
  state,
  action,
  contacts,
  cities,
}: Props & { state: Extract<ImportFormState, { status: 'review' }>; action: (data: FormData) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { values, fieldErrors: e } = state;
  const rows = Number(values.contactRows) || 0;
  const warnings = (values.warnings ?? '').split('\n').filter(Boolean);
  const failed = Object.keys(e).length > 0;
  const people: [string, string][] = [
    [NEW_CONTACT, 'New contact (awaits review)'],
    ...contacts.map((c): [string, string] => [String(c.id), c.name]),
  ];
  const newCityCount = Number(values.newCities) || 0;
  const cityOptions: [string, string][] = [
    ...cities.map((c): [string, string] => [String(c.id), c.name]),
    ...Array.from({ length: newCityCount }, (_, k): [string, string] => [
      `${NEW_CITY_PREFIX}${k}`,
      `${values[newCityField(k, 'name')]} (new: created on save)`,
    ]),
  ];
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={{ status: failed ? 'invalid' : 'done', message: state.message }} formRef={formRef} />
      <input type="hidden" name="step" value="save" />
      <input type="hidden" name="warnings" value={values.warnings ?? ''} />
      <input type="hidden" name="contactRows" value={rows} />
      {['cut', 'recovered', 'newCities'].map((k) => (
        <input key={k} type="hidden" name={k} value={values[k] ?? ''} />
      ))}
      <RecoveredAddresses values={values} />
      {warnings.length > 0 && (
        <section aria-labelledby="import-warnings" className="rounded-lg border border-amber-400 bg-amber-50 p-3">
          <h2 id="import-warnings" className="font-bold">
            Could not be read for certain ({warnings.length})
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}
      <ReleaseHeadingFields values={values} errors={e} />
      <TextArea
        name="summary"
        label="Summary"
        hint="One or two sentences for lists and feeds."
        rows={3}
        defaultValue={values.summary}
        error={e.summary}
      />
      <TextArea
        name="body"
        label="Body"
        hint="Markdown. The dateline, the contacts block, end marks and boilerplate were left out: the contacts are listed below, the boilerplate is the About note."
        rows={10}
        defaultValue={values.body}
        error={e.body}
      />
      <CutParts values={values} />
      <TextArea
        name="about"
        label="About note"
        hint="Optional: “About the organisation”, “Notes to editors”. Shown under the release."
        rows={4}
        defaultValue={values.about}
        error={e.about}
      />
      {newCityCount > 0 && (
        <>
          <h2 className="mt-2 text-xl font-bold">Cities Pressline does not have yet ({newCityCount})</h2>
          {Array.from({ length: newCityCount }, (_, k) => (
            <NewCityFields key={k} k={k} values={values} errors={e} />
          ))}
        </>
      )}
      <h2 className="mt-2 text-xl font-bold">Contacts ({rows})</h2>
      {rows === 0 && <p>None were read. Save the draft and add the contacts on the next page.</p>}
      <ol className="flex flex-col gap-4">
        {Array.from({ length: rows }, (_, i) => (
          <li key={i}>
            <ContactRow i={i} values={values} errors={e} people={people} cities={cityOptions} />
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText="Saving…">Save as draft</SubmitButton>
        {/* A full load on purpose: it clears the form's state, which a client navigation to the same page keeps. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/staff/releases/import" className="inline-flex min-h-11 items-center text-blue-800 underline">
          Start again with other text
        </a>
      </div>
    </form>
  );
}

function ContactRow({
  i,
  values,
  errors: e,
  people,
  cities,
}: {
  i: number;
  values: Record<string, string>;
  errors: Record<string, string>;
  people: [string, string][];
  cities: [string, string][];
}) {
  const f = (field: string) => `contacts.${i}.${field}`;
  const [target, setTarget] = useState(values[f('target')] ?? NEW_CONTACT);
  const linkedTo = people.find(([value]) => value !== NEW_CONTACT && value === values[f('target')])?.[1];
  const name = values[f('name')] || linkedTo || 'a desk, no person';
  const matchedBy = values[f('matchedBy')];
  const isNew = target === NEW_CONTACT;
  const newErrors =
    ['name', 'role', 'organisation', 'cityId', 'email', 'notes'].some((k) => e[f(k)]) ||
    Object.keys(e).some((k) => k.startsWith(`${f('phones')}.`));
  return (
    <fieldset className="rounded-lg border border-stone-300 bg-white p-3">
      <legend className="px-1 text-lg font-bold">
        Contact {i + 1}: {name}
      </legend>
      {['read', 'matchedBy'].map((k) => (
        <input key={k} type="hidden" name={f(k)} value={values[f(k)] ?? ''} />
      ))}
      <p className="text-sm text-stone-800">
        <span className="font-semibold">Read: </span>
        {values[f('read')]}
      </p>
      <p className="mb-2 text-sm font-semibold text-stone-800">
        {matchedBy
          ? `Already in Pressline (recognised by ${MATCHED_BY[matchedBy] ?? matchedBy}).`
          : 'Not in Pressline yet: proposed as a new contact.'}
      </p>
      <div className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          id={`f-contacts-${i}-include`}
          name={f('include')}
          defaultChecked={Boolean(values[f('include')])}
          className="size-6"
        />
        <label htmlFor={`f-contacts-${i}-include`} className="font-semibold">
          List contact {i + 1} on this release
        </label>
      </div>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={errorProps(f('target')).id} className="block font-semibold">
            Who is contact {i + 1}?
          </label>
          <select
            {...errorProps(f('target'), e[f('target')])}
            defaultValue={target}
            onChange={(ev) => setTarget(ev.target.value)}
            className={`mt-1 ${inputClass}`}
          >
            {people.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
          <FieldError name={f('target')} error={e[f('target')]} />
        </div>
        <TextField
          name={f('label')}
          label={`City label ${i + 1}`}
          hint="The heading it is listed under; blank: their city."
          defaultValue={values[f('label')]}
          error={e[f('label')]}
        />
      </div>
      <details open={isNew || newErrors} className="mt-3 rounded border border-stone-200 p-2">
        <summary className="min-h-11 cursor-pointer content-center font-semibold">
          Details for a new contact {i + 1}
        </summary>
        <p className="text-sm text-stone-700">
          Used only when “New contact” is chosen above. New contacts are not public until an admin adds them to the
          directory.
        </p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <TextField
            name={f('name')}
            label={`Full name ${i + 1}`}
            defaultValue={values[f('name')]}
            error={e[f('name')]}
          />
          <TextField name={f('role')} label={`Role ${i + 1}`} defaultValue={values[f('role')]} error={e[f('role')]} />
          <TextField
            name={f('organisation')}
            label={`Organisation ${i + 1}`}
            defaultValue={values[f('organisation')]}
            error={e[f('organisation')]}
          />
          <SelectField
            name={f('cityId')}
            label={`City ${i + 1}`}
            options={[['', 'Choose a city'], ...cities]}
            defaultValue={values[f('cityId')]}
            error={e[f('cityId')]}
          />
          <TextField
            name={f('email')}
            label={`E-mail ${i + 1}`}
            type="email"
            defaultValue={values[f('email')]}
            error={e[f('email')]}
          />
          <RecoveredEmailCheck i={i} values={values} />
          <TextField
            name={f('notes')}
            label={`Notes ${i + 1}`}
            hint="Languages, best hours: kept as their bio."
            defaultValue={values[f('notes')]}
            error={e[f('notes')]}
          />
        </div>
        <div className="mt-3">
          <PhoneRows
            values={values}
            errors={e}
            prefix={f('')}
            labelSuffix={` (contact ${i + 1})`}
            hint="Numbers as printed; without +, one is read as a number of the chosen city’s country. Empty a row to leave it out."
          />
        </div>
      </details>
    </fieldset>
  );
}
