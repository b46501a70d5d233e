'use client';

import { useRef, useSyncExternalStore, type FormEvent } from 'react';
import {
  copyDay,
  DAY_NAMES,
  fieldName,
  SAME_WEEKDAYS,
  sameHoursMondayToFriday,
  slotKey,
  WEEKDAYS,
  weeklyHoursFieldNames,
} from '@/lib/directory/weekly-hours';
import { fieldId, FieldError, inputClass } from './field';

type Props = { values: Record<string, string>; errors: Record<string, string>; city: string };

const noSubscription = () => () => {};
/** False in the server's HTML and before hydration: the copy buttons exist only where they can work. */
const useScripted = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * One control group for the week, one "from–to" pair a day (a second pair for a split day, folded away).
 * Without JavaScript the "Same hours Monday to Friday" box is honoured by the server; with it, the box and
 * the "Same as …" buttons fill the fields at once. Two columns at any width: it fits a 360 px screen.
 */
export function WeeklyHoursFields({ values, errors, city }: Props) {
  const ref = useRef<HTMLFieldSetElement>(null);
  const scripted = useScripted();

  const read = () => {
    const out: Record<string, string> = {};
    const els = ref.current!.elements;
    for (const name of weeklyHoursFieldNames()) {
      const el = els.namedItem(name) as HTMLInputElement | null;
      if (el) out[name] = el.type === 'checkbox' ? (el.checked ? 'on' : '') : el.value;
    }
    return out;
  };
  const write = (next: Record<string, string>, days: number[]) => {
    const els = ref.current!.elements;
    for (const wd of days) {
      for (const name of weeklyHoursFieldNames().filter((n) => n.startsWith(`hours.${wd}.`))) {
        const el = els.namedItem(name) as HTMLInputElement | null;
        if (el) el.value = next[name] ?? '';
      }
      // A copied split day shows its second slot.
      const second = ref.current!.querySelector<HTMLDetailsElement>(`details[data-day="${wd}"]`);
      if (second && (next[fieldName(wd, 1, 'from')] || next[fieldName(wd, 1, 'to')])) second.open = true;
    }
  };
  const sameBox = () => ref.current!.elements.namedItem(SAME_WEEKDAYS) as HTMLInputElement;

  // Ticked, Monday's hours follow on Tuesday to Friday as they are typed; typing another weekday unticks it.
  const onChange = (e: FormEvent<HTMLFieldSetElement>) => {
    const name = (e.target as HTMLInputElement).name;
    const day = Number(/^hours\.(\d)\./.exec(name)?.[1]);
    if (name === SAME_WEEKDAYS ? sameBox().checked : day === 1 && sameBox().checked)
      write(sameHoursMondayToFriday(read()), [2, 3, 4, 5]);
    else if (day >= 2 && day <= 5) sameBox().checked = false;
  };

  return (
    <fieldset
      ref={ref}
      onChange={scripted ? onChange : undefined}
      aria-describedby="weekly-hours-hint"
      className="min-w-0 rounded-lg border border-stone-300 p-3"
    >
      <legend className="px-1 text-lg font-bold">Weekly hours</legend>
      <p id="weekly-hours-hint" className="text-sm text-stone-700">
        In {city} time. Leave a day empty when you take no calls; open “Second slot” for a split day. 00:00 as an end
        means midnight.
      </p>
      <label className="mt-3 flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name={SAME_WEEKDAYS}
          value="on"
          defaultChecked={values[SAME_WEEKDAYS] === 'on'}
          aria-describedby="same-weekdays-hint"
          className="size-5 shrink-0"
        />
        <span className="font-semibold">Same hours Monday to Friday</span>
      </label>
      <p id="same-weekdays-hint" className="text-sm text-stone-700">
        When ticked, Tuesday to Friday get Monday’s hours when you save.
      </p>
      <ul className="mt-3 flex flex-col gap-3">
        {WEEKDAYS.map((wd) => {
          const day = DAY_NAMES[wd];
          return (
            <li key={wd}>
              <fieldset className="min-w-0 rounded border border-stone-200 p-2">
                <legend className="px-1 font-semibold">{day}</legend>
                <SlotInputs weekday={wd} slot={0} values={values} errors={errors} />
                {/* The fold and the copy button share a row; an open fold takes the whole width. */}
                <div className="mt-2 flex flex-wrap items-start justify-between gap-2">
                  <details
                    data-day={wd}
                    open={Boolean(
                      values[fieldName(wd, 1, 'from')] || values[fieldName(wd, 1, 'to')] || errors[slotKey(wd, 1)],
                    )}
                    className="min-w-0 open:basis-full"
                  >
                    <summary className="min-h-11 cursor-pointer py-2 text-sm text-blue-800 underline">
                      Second slot<span className="sr-only"> on {day}</span>
                    </summary>
                    <SlotInputs weekday={wd} slot={1} values={values} errors={errors} />
                  </details>
                  {scripted && wd > 1 && (
                    <button
                      type="button"
                      onClick={() => {
                        write(copyDay(read(), wd - 1, wd), [wd]);
                        if (wd >= 2 && wd <= 5) sameBox().checked = false;
                      }}
                      className="min-h-11 rounded border-2 border-brand-800 bg-white px-3 text-sm font-semibold text-brand-800"
                    >
                      Same as {DAY_NAMES[wd - 1]}
                      <span className="sr-only"> for {day}</span>
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function SlotInputs({
  weekday,
  slot,
  values,
  errors,
}: {
  weekday: number;
  slot: number;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const key = slotKey(weekday, slot);
  const error = errors[key];
  const described = error ? `${fieldId(key)}-error` : undefined;
  const which = slot === 0 ? DAY_NAMES[weekday] : `${DAY_NAMES[weekday]}, second slot`;
  return (
    <div>
      <div className="grid grid-cols-2 gap-2">
        {(['from', 'to'] as const).map((end) => (
          <label key={end} className="min-w-0">
            <span className="text-sm">
              {end === 'from' ? 'From' : 'To'}
              <span className="sr-only">{` (${which})`}</span>
            </span>
            <input
              type="time"
              name={fieldName(weekday, slot, end)}
              id={fieldId(fieldName(weekday, slot, end))}
              defaultValue={values[fieldName(weekday, slot, end)]}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              className={`${inputClass} min-w-0`}
            />
          </label>
        ))}
      </div>
      <FieldError name={key} error={error} />
    </div>
  );
}
