import { PHONE_KIND_LABELS, PHONE_KINDS } from '@/lib/phone';
import { errorProps, FieldError, inputClass } from './field';

type Props = { values: Record<string, string>; errors: Record<string, string>; cityCountry?: string };

/** Stored numbers plus blank rows: add one by filling a blank row, remove one by emptying it. */
export function PhoneRows({ values, errors }: Props) {
  const rows = Number(values.phoneRows) || 0;
  return (
    <fieldset className="rounded-lg border border-stone-300 p-3">
      <legend className="px-1 text-lg font-bold">Phone numbers</legend>
      <p id="phones-hint" className="text-sm text-stone-700">
        Type numbers as you would print them; without +, the number is read as one from your city&rsquo;s country. Empty a row to remove that number.
      </p>
      <input type="hidden" name="phoneRows" value={rows} />
      <ol className="mt-2 flex flex-col gap-3">
        {Array.from({ length: rows }, (_, i) => {
          const kind = `phones.${i}.kind`;
          const number = `phones.${i}.number`;
          return (
            <li key={i} className="flex flex-col gap-2 sm:flex-row sm:items-start">
              <div className="sm:w-40">
                <label htmlFor={errorProps(kind).id} className="text-sm font-semibold">
                  Kind of number {i + 1}
                </label>
                <select {...errorProps(kind, errors[kind])} defaultValue={values[kind] || 'mobile'} className={inputClass}>
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
                </label>
                <input {...errorProps(number, errors[number], 'phones-hint')} type="tel" autoComplete="off" defaultValue={values[number]} className={inputClass} />
                <FieldError name={number} error={errors[number]} />
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
