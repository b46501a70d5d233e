import { newCityField, readCut } from '@/lib/release-import/import-form';
import { TextField } from './forms/field';

type Values = Record<string, string>;

/** The recovered addresses as the form carries them; a posted form turns "\n" into "\r\n". */
const recoveredOf = (values: Values) =>
  (values.recovered ?? '')
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);

/** Addresses decoded from the page's e-mail protection: a person confirms each before it is stored. */
export function RecoveredAddresses({ values }: { values: Values }) {
  const recovered = recoveredOf(values);
  if (!recovered.length) return null;
  return (
    <section aria-labelledby="import-recovered" className="rounded-lg border border-sky-700 bg-sky-50 p-3">
      <h2 id="import-recovered" className="font-bold">
        Recovered from the page ({recovered.length})
      </h2>
      <p className="mt-1">
        The page hid these addresses from scrapers; Pressline decoded them. Check each one below before it is saved.
      </p>
      <ul className="mt-1 list-disc pl-5">
        {recovered.map((address) => (
          <li key={address} className="break-all">
            {address}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the import kept out of the body, so nothing disappears unseen. */
export function CutParts({ values }: { values: Values }) {
  const cut = readCut(values.cut);
  if (!cut.length) return null;
  return (
    <details className="rounded-lg border border-stone-300 bg-white p-3">
      <summary className="min-h-11 cursor-pointer content-center font-semibold">
        Left out of the body ({cut.length})
      </summary>
      <dl className="mt-2 flex flex-col gap-2">
        {cut.map((part, i) => (
          <div key={i}>
            <dt className="font-semibold">{part.what}</dt>
            <dd className="whitespace-pre-line break-words text-stone-800">{part.text}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** The confirmation a recovered address needs, shown beside a new contact's e-mail. */
export function RecoveredEmailCheck({ i, values }: { i: number; values: Values }) {
  const email = (values[`contacts.${i}.email`] ?? '').trim().toLowerCase();
  const recovered = recoveredOf(values).map((a) => a.toLowerCase());
  if (!email || !recovered.includes(email)) return null;
  const id = `f-contacts-${i}-emailConfirmed`;
  return (
    <div className="flex min-h-11 items-center gap-2 sm:col-span-2">
      <input
        type="checkbox"
        id={id}
        name={`contacts.${i}.emailConfirmed`}
        defaultChecked={Boolean(values[`contacts.${i}.emailConfirmed`])}
        className="size-6"
      />
      <label htmlFor={id}>
        E-mail {i + 1} was <strong>recovered from the page</strong>: I checked it
      </label>
    </div>
  );
}

/** A city the release names that Pressline lacks, proposed from the gazetteer, created on save if ticked. */
export function NewCityFields({ k, values, errors }: { k: number; values: Values; errors: Record<string, string> }) {
  const f = (field: string) => newCityField(k, field);
  const name = values[f('name')] || 'this city';
  const found = Boolean(values[f('found')]);
  return (
    <fieldset className="rounded-lg border border-stone-300 bg-white p-3">
      <legend className="px-1 text-lg font-bold">New city: {values[f('name')]}</legend>
      <input type="hidden" name={f('found')} value={values[f('found')] ?? ''} />
      <p className="text-sm text-stone-800">
        {found
          ? 'Not in Pressline yet. Country and time zone are proposed from a gazetteer of world cities; desk e-mail and duty number from the people listed there.'
          : 'Not in Pressline yet, and not found in the gazetteer: enter its country and time zone.'}
      </p>
      <div className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          id={`f-newCities-${k}-create`}
          name={f('create')}
          defaultChecked={Boolean(values[f('create')])}
          className="size-6"
        />
        <label htmlFor={`f-newCities-${k}-create`} className="font-semibold">
          Create {name} when the draft is saved
        </label>
      </div>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <TextField
          name={f('name')}
          label={`New city ${k + 1}: name`}
          defaultValue={values[f('name')]}
          error={errors[f('name')]}
        />
        <TextField
          name={f('country')}
          label={`New city ${k + 1}: country`}
          hint="Two letters, e.g. PE."
          defaultValue={values[f('country')]}
          error={errors[f('country')]}
        />
        <TextField
          name={f('timeZone')}
          label={`New city ${k + 1}: time zone`}
          hint="e.g. America/Lima"
          defaultValue={values[f('timeZone')]}
          error={errors[f('timeZone')]}
        />
        <TextField
          name={f('deskEmail')}
          label={`New city ${k + 1}: press desk e-mail`}
          type="email"
          defaultValue={values[f('deskEmail')]}
          error={errors[f('deskEmail')]}
        />
        <TextField
          name={f('dutyPhone')}
          label={`New city ${k + 1}: 24/7 duty number`}
          type="tel"
          defaultValue={values[f('dutyPhone')]}
          error={errors[f('dutyPhone')]}
        />
      </div>
    </fieldset>
  );
}
