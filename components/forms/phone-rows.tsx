import { PHONE_KIND_LABELS, PHONE_KINDS } from '@/lib/directory/phone';
import { errorProps, FieldError, fieldId, inputClass } from './field';

type Props = {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** Put before every field name, for several people in one form ("contacts.1." → contacts.1.phones.0.number) */
  prefix?: string;
  /** Added to every label, so each stays unique in such a form (" (contact 2)") */
  labelSuffix?: string;
  hint?: string;
};

const DEFAULT_HINT =
  'Type numbers as you would print them; without +, the number is read as one from your city’s country. Empty a row to remove that number.';

/** Stored numbers plus blank rows: add one by filling a blank row, remove one by emptying it. */
export function PhoneRows({ values, errors, prefix = '', labelSuffix = '', hint = DEFAULT_HINT }: Props) {
  const rows = Number(values[`${prefix}phoneRows`]) || 0;
  const hintId = `${fieldId(prefix)}phones-hint`;
  return (
    <fieldset className="rounded-lg border border-stone-300 p-3">
      <legend className="px-1 text-lg font-bold">Phone numbers{labelSuffix}</legend>
      <p id={hintId} className="text-sm text-stone-700">
        {hint}
      </p>
      <input type="hidden" name={`${prefix}phoneRows`} value={rows} />
      <ol className="mt-2 flex flex-col gap-3">
        {Array.from({ length: rows }, (_, i) => {
          const kind = `${prefix}phones.${i}.kind`;
          const number = `${prefix}phones.${i}.number`;
          return (
            <li key={i} className="flex flex-col gap-2 sm:flex-row sm:items-start">
              <div className="sm:w-40">
                <label htmlFor={errorProps(kind).id} className="text-sm font-semibold">
                  Kind of number {i + 1}
                  {labelSuffix}
                </label>
                <select
                  {...errorProps(kind, errors[kind])}
                  defaultValue={values[kind] || 'mobile'}
                  className={inputClass}
                >
                  {PHONE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {PHONE_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
                <FieldError name={kind} error={errors[kind]} />
              </div>
              <div className="flex-1">
                <label htmlFor={errorProps(number).id} className="text-sm font-semibold">
                  Number {i + 1}
                  {labelSuffix}
                </label>
                <input
                  {...errorProps(number, errors[number], hintId)}
                  type="tel"
                  autoComplete="off"
                  defaultValue={values[number]}
                  className={inputClass}
                />
                <FieldError name={number} error={errors[number]} />
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
