'use client';

import Link from 'next/link';
import { useActionState, useRef } from 'react';
import { importContactList, type ContactListState } from '@/app/(staff)/staff/contacts/import/actions';
import { CSV_FIELD_LABELS, CSV_FIELDS } from '@/lib/contact-lists/csv-fields';
import { readCarriedPeople } from '@/lib/contact-lists/list-form';
import { languageList } from '@/lib/directory/languages';
import { formatInternational, PHONE_KIND_LABELS } from '@/lib/directory/phone';
import { FieldError, SelectField, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

type Option = { id: number; name: string };

/**
 * Upload a .vcf or a .csv → (a spreadsheet: say what each column holds) → review who is new, who is known and
 * which cards or rows were refused → import the new people. Every step is a plain form: it works without JavaScript.
 */
export function ContactListImportForm({ cities }: { cities: Option[] }) {
  const [state, action] = useActionState<ContactListState, FormData>(importContactList, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  if (state.status === 'done') {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} formRef={formRef} />
        <ul className="list-disc pl-5">
          {state.created.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/staff/contacts/${c.slug}`}
                className="inline-flex min-h-11 items-center text-blue-800 underline"
              >
                {c.fullName}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (state.status === 'mapping') return <MappingForm state={state} cities={cities} action={action} />;
  if (state.status !== 'review') {
    return (
      <form ref={formRef} action={action} noValidate className="flex flex-col gap-4">
        <FormMessage state={state} formRef={formRef} />
        <input type="hidden" name="step" value="preview" />
        <TextField
          name="file"
          label="Contact list (.vcf or .csv)"
          hint="A .vcf holding many cards, or a spreadsheet saved as CSV (comma or semicolon, UTF-8); at most 200 kB."
          type="file"
          accept=".vcf,.csv,text/vcard,text/x-vcard,text/csv"
          error={state.status === 'file-invalid' ? state.fieldErrors.file : undefined}
        />
        <div>
          <SubmitButton pendingText="Reading…">Preview</SubmitButton>
        </div>
      </form>
    );
  }
  const { values, fieldErrors: e, refused } = state;
  const Unit = state.unit === 'row' ? 'Row' : 'Card';
  const people = readCarriedPeople(values.people) ?? [];
  const cityOptions: [string, string][] = [
    ['', 'Choose a city'],
    ...cities.map((c): [string, string] => [String(c.id), c.name]),
  ];
  return (
    <form key={JSON.stringify(e)} ref={formRef} action={action} noValidate className="flex flex-col gap-4">
      <FormMessage
        state={{ status: Object.keys(e).length ? 'invalid' : 'done', message: state.message }}
        formRef={formRef}
      />
      <input type="hidden" name="step" value="save" />
      <input type="hidden" name="people" value={values.people ?? '[]'} />
      <input type="hidden" name="refused" value={JSON.stringify(refused)} />
      <input type="hidden" name="unit" value={state.unit} />
      <FieldError name="people" error={e.people} />
      {refused.length > 0 && (
        <section aria-labelledby="list-refused" className="rounded-lg border border-amber-400 bg-amber-50 p-3">
          <h2 id="list-refused" className="font-bold">
            {Unit}s not imported ({refused.length})
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {refused.map((r) => (
              <li key={r.card}>
                {Unit} {r.card} ({r.label}): {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ol className="flex flex-col gap-4">
        {people.map((p, i) => {
          const f = (field: string) => `people.${i}.${field}`;
          const knownAs = values[f('knownAs')];
          return (
            <li key={p.card}>
              <fieldset className="rounded-lg border border-stone-300 bg-white p-3">
                <legend className="px-1 text-lg font-bold">
                  {Unit} {p.card}: {p.fullName}
                </legend>
                <input type="hidden" name={f('knownAs')} value={knownAs ?? ''} />
                <p className="text-sm text-stone-800">
                  {[
                    p.email,
                    ...p.phones.map((x) => `${PHONE_KIND_LABELS[x.kind]} ${formatInternational(x.e164)}`),
                    p.city,
                    p.languages.length ? `speaks ${languageList(p.languages)}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {p.problems.map((problem) => (
                  <p key={problem} className="text-sm font-semibold text-amber-900">
                    Left out: {problem}
                  </p>
                ))}
                <p className="mb-2 text-sm font-semibold text-stone-800">
                  {knownAs ? `Already in Pressline: ${knownAs}.` : 'Not in Pressline yet: proposed as a new contact.'}
                </p>
                <div className="flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    id={`f-people-${i}-include`}
                    name={f('include')}
                    defaultChecked={Boolean(values[f('include')])}
                    aria-invalid={e[f('include')] ? true : undefined}
                    aria-describedby={e[f('include')] ? `f-people-${i}-include-error` : undefined}
                    className="size-6"
                  />
                  <label htmlFor={`f-people-${i}-include`} className="font-semibold">
                    Import {Unit.toLowerCase()} {p.card} as a new contact
                  </label>
                </div>
                <FieldError name={f('include')} error={e[f('include')]} />
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  <TextField
                    name={f('name')}
                    label={`Full name ${p.card}`}
                    defaultValue={values[f('name')]}
                    error={e[f('name')]}
                  />
                  <TextField
                    name={f('organisation')}
                    label={`Organisation ${p.card}`}
                    defaultValue={values[f('organisation')]}
                    error={e[f('organisation')]}
                  />
                  <TextField
                    name={f('role')}
                    label={`Role ${p.card}`}
                    defaultValue={values[f('role')]}
                    error={e[f('role')]}
                  />
                  <SelectField
                    name={f('cityId')}
                    label={`City ${p.card}`}
                    options={cityOptions}
                    defaultValue={values[f('cityId')]}
                    error={e[f('cityId')]}
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText="Importing…">Import the ticked people</SubmitButton>
        {/* A full load on purpose: it clears the form's state. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/staff/contacts/import" className="inline-flex min-h-11 items-center text-blue-800 underline">
          Start again with another file
        </a>
      </div>
    </form>
  );
}

type MappingState = Extract<ContactListState, { status: 'mapping' }>;

/** A spreadsheet's columns, each with a guess of what it holds and its first values, to be confirmed. */
function MappingForm({
  state,
  cities,
  action,
}: {
  state: MappingState;
  cities: Option[];
  action: (formData: FormData) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.fieldErrors;
  const fieldOptions = CSV_FIELDS.map((f): [string, string] => [f, CSV_FIELD_LABELS[f]]);
  return (
    <form key={JSON.stringify(e)} ref={formRef} action={action} noValidate className="flex flex-col gap-4">
      <FormMessage
        state={{ status: Object.keys(e).length ? 'invalid' : 'done', message: state.message }}
        formRef={formRef}
      />
      <input type="hidden" name="step" value="map" />
      <input type="hidden" name="csv" value={state.csv} />
      <section className="rounded-lg border border-stone-300 bg-white p-3">
        <h2 id="csv-preview" className="font-bold">
          The first {state.sample.length} of {state.rowCount} rows
        </h2>
        <div role="region" aria-labelledby="csv-preview" tabIndex={0} className="mt-2 overflow-x-auto">
          <table className="text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="border-b border-stone-300 px-2 py-1">
                  Row
                </th>
                {state.header.map((h, i) => (
                  <th key={i} scope="col" className="border-b border-stone-300 px-2 py-1 whitespace-nowrap">
                    {h || `Column ${i + 1}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {state.sample.map((row, r) => (
                <tr key={r}>
                  <th scope="row" className="px-2 py-1 font-normal">
                    {r + 2}
                  </th>
                  {row.map((cell, i) => (
                    <td key={i} className="px-2 py-1 whitespace-nowrap">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <fieldset className="rounded-lg border border-stone-300 bg-white p-3">
        <legend className="px-1 text-lg font-bold">What each column holds</legend>
        <FieldError name="mapping" error={e.mapping} />
        <ol className="mt-2 grid gap-3 sm:grid-cols-2">
          {state.header.map((h, i) => (
            <li key={i}>
              <SelectField
                name={`column.${i}`}
                label={`Column ${i + 1}: ${h || '(no header)'}`}
                options={fieldOptions}
                defaultValue={state.mapping[i]}
                error={e[`column.${i}`]}
              />
              <p className="mt-1 text-sm break-words text-stone-700">
                {state.sample
                  .map((row) => row[i])
                  .filter(Boolean)
                  .slice(0, 2)
                  .join(' · ') || 'Empty in the first rows.'}
              </p>
            </li>
          ))}
        </ol>
      </fieldset>
      <SelectField
        name="defaultCityId"
        label="City for rows without one"
        options={[['', 'None: choose per person'], ...cities.map((c): [string, string] => [String(c.id), c.name])]}
        defaultValue={state.defaultCityId}
        error={e.defaultCityId}
      />
      <p className="-mt-3 text-sm text-stone-700">
        Numbers written without their country code are read as dialled in the row’s city, or else in this one.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText="Reading…">Preview the people</SubmitButton>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/staff/contacts/import" className="inline-flex min-h-11 items-center text-blue-800 underline">
          Start again with another file
        </a>
      </div>
    </form>
  );
}
