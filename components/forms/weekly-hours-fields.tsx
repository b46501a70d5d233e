import { SLOTS_PER_DAY, WEEKDAYS } from '@/lib/directory/contact-form';
import { fieldId, FieldError, inputClass } from './field';

const DAY = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Props = { values: Record<string, string>; errors: Record<string, string>; city: string };

/** Up to two slots a day, in the city's local time; 00:00 as an end means midnight. */
export function WeeklyHoursFields({ values, errors, city }: Props) {
  return (
    <fieldset className="rounded-lg border border-stone-300 p-3">
      <legend className="px-1 text-lg font-bold">Weekly hours</legend>
      <p className="text-sm text-stone-700">
        In {city} time. Leave a day empty when you take no calls; use the second slot for a split day.
      </p>
      <div className="mt-2 flex flex-col gap-3">
        {WEEKDAYS.map((wd) => (
          <fieldset key={wd} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4">
            <legend className="w-28 pt-2 font-semibold sm:float-left">{DAY[wd]}</legend>
            {Array.from({ length: SLOTS_PER_DAY }, (_, s) => {
              const key = `hours.${wd}.${s}`;
              const error = errors[key];
              const described = error ? `${fieldId(key)}-error` : undefined;
              return (
                <div key={s}>
                  <div className="flex items-center gap-2">
                    {(['from', 'to'] as const).map((end) => (
                      <label key={end} className="flex items-center gap-1">
                        <span className="text-sm">
                          {end === 'from' ? 'from' : 'to'}
                          <span className="sr-only">{` (${DAY[wd]}, slot ${s + 1})`}</span>
                        </span>
                        <input
                          type="time"
                          name={`${key}.${end}`}
                          id={fieldId(`${key}.${end}`)}
                          defaultValue={values[`${key}.${end}`]}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={described}
                          className={`${inputClass} w-32`}
                        />
                      </label>
                    ))}
                  </div>
                  <FieldError name={key} error={error} />
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
