'use client';

import Link from 'next/link';
import { useActionState, useRef } from 'react';
import { importContactList, type ContactListState } from '@/app/(staff)/staff/contacts/import/actions';
import { readCarriedPeople } from '@/lib/contact-lists/list-form';
import { formatInternational, PHONE_KIND_LABELS } from '@/lib/directory/phone';
import { FieldError, SelectField, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

type Option = { id: number; name: string };

/** Upload a .vcf → review who is new, who is known and which cards were refused → import the new people. */
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
  if (state.status !== 'review') {
    return (
      <form ref={formRef} action={action} noValidate className="flex flex-col gap-4">
        <FormMessage state={state} formRef={formRef} />
        <input type="hidden" name="step" value="preview" />
        <TextField
          name="file"
          label="Contact list (.vcf)"
          hint="One file holding many cards, at most 200 kB."
          type="file"
          accept=".vcf,text/vcard,text/x-vcard"
          error={state.status === 'file-invalid' ? state.fieldErrors.file : undefined}
        />
        <div>
          <SubmitButton pendingText="Reading…">Preview</SubmitButton>
        </div>
      </form>
    );
  }
  const { values, fieldErrors: e, refused } = state;
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
      <FieldError name="people" error={e.people} />
      {refused.length > 0 && (
        <section aria-labelledby="list-refused" className="rounded-lg border border-amber-400 bg-amber-50 p-3">
          <h2 id="list-refused" className="font-bold">
            Cards not imported ({refused.length})
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {refused.map((r) => (
              <li key={r.card}>
                Card {r.card} ({r.label}): {r.reason}
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
                  Card {p.card}: {p.fullName}
                </legend>
                <input type="hidden" name={f('knownAs')} value={knownAs ?? ''} />
                <p className="text-sm text-stone-800">
                  {[
                    p.email,
                    ...p.phones.map((x) => `${PHONE_KIND_LABELS[x.kind]} ${formatInternational(x.e164)}`),
                    p.city,
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
                    Import card {p.card} as a new contact
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
