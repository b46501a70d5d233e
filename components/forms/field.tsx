import type { InputHTMLAttributes } from 'react';

export const inputClass =
  'min-h-11 w-full rounded border border-stone-500 bg-white px-3 py-2 text-stone-900 aria-[invalid=true]:border-red-700';

export function fieldId(name: string): string {
  return `f-${name.replace(/[^\w-]/g, '-')}`;
}

/** An error right under its input, announced with it through aria-describedby. */
export function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="mt-1 text-sm font-semibold text-red-800">
      {error}
    </p>
  );
}

export function errorProps(name: string, error?: string, hintId?: string) {
  const ids = [hintId, error ? `${fieldId(name)}-error` : undefined].filter(Boolean).join(' ');
  return { id: fieldId(name), name, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

/** A field's label, and its hint (read with the input through aria-describedby). */
function FieldLabel({ name, label, hint, hintId }: { name: string; label: string; hint?: string; hintId?: string }) {
  return (
    <>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
    </>
  );
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

export function TextField({ name, label, error, hint, className, ...input }: Props) {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  return (
    <div className={className}>
      <FieldLabel name={name} label={label} hint={hint} hintId={hintId} />
      <input {...input} {...errorProps(name, error, hintId)} className={`mt-1 ${inputClass}`} />
      <FieldError name={name} error={error} />
    </div>
  );
}

type AreaProps = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  rows?: number;
  className?: string;
  /** The language of what is typed here, when it is not the page's */
  lang?: string;
};

export function TextArea({ name, label, error, hint, className, ...area }: AreaProps) {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  return (
    <div className={className}>
      <FieldLabel name={name} label={label} hint={hint} hintId={hintId} />
      <textarea {...area} {...errorProps(name, error, hintId)} className={`mt-1 ${inputClass} font-mono text-sm`} />
      <FieldError name={name} error={error} />
    </div>
  );
}

/** A labelled select with its hint and error; options are [value, text] pairs. */
export function SelectField({
  name,
  label,
  error,
  hint,
  options,
  defaultValue,
  className,
}: {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  options: [string, string][];
  defaultValue?: string;
  className?: string;
}) {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  return (
    <div className={className}>
      <FieldLabel name={name} label={label} hint={hint} hintId={hintId} />
      <select {...errorProps(name, error, hintId)} defaultValue={defaultValue} className={`mt-1 ${inputClass}`}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}

/** The e-mail an account signs in with, asked the same way by the sign-in and password-reset forms. */
export function AccountEmailField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  return (
    <TextField
      name="email"
      label="E-mail"
      type="email"
      autoComplete="username"
      required
      defaultValue={defaultValue}
      error={error}
    />
  );
}
