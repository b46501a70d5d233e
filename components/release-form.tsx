'use client';

import { saveRelease } from '@/app/(staff)/staff/releases/actions';
import { SelectField, TextArea, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';
import { ReleaseHeadingFields } from './forms/release-heading-fields';

type Props = {
  releaseId: number | null;
  initial: Record<string, string>;
  contacts: { id: number; name: string }[];
  /** [release id, "Title — Language, date"], "Not a translation" first */
  translationOptions: [string, string][];
};

export function ReleaseForm({ releaseId, initial, contacts, translationOptions }: Props) {
  const { state, action, formRef, values, errors: e } = useFormAction(saveRelease, initial);
  const rows = Number(values.contactRows) || 0;
  const options: [string, string][] = [
    ['', 'Nobody'],
    ...contacts.map((c): [string, string] => [String(c.id), c.name]),
  ];
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="releaseId" value={releaseId ?? ''} />
      <ReleaseHeadingFields values={values} errors={e} />
      <SelectField
        name="translationOf"
        label="Translation of"
        hint="Link this release to the same release in another language: each version then shows the others as “Also in”. Choose “Not a translation” to unlink it."
        options={translationOptions}
        defaultValue={values.translationOf}
        error={e.translationOf}
      />
      <TextArea name="summary" label="Summary" rows={3} defaultValue={values.summary} error={e.summary} />
      <TextArea
        name="body"
        label="Body"
        hint="Markdown: ## for a heading, - for a list item, **bold**. HTML is not shown."
        rows={12}
        defaultValue={values.body}
        error={e.body}
      />
      <TextArea
        name="about"
        label="About"
        hint="The organisation’s boilerplate and notes to editors, under the body. Plain text; a blank line starts a paragraph."
        rows={5}
        defaultValue={values.about}
        error={e.about}
      />
      <fieldset className="rounded-lg border border-stone-300 p-3">
        <legend className="px-1 text-lg font-bold">For more information and interviews</legend>
        <p className="text-sm text-stone-700">
          In printed order. The label is the city heading (blank: the contact&rsquo;s own city). Choose
          &ldquo;Nobody&rdquo; to remove a row.
        </p>
        <input type="hidden" name="contactRows" value={rows} />
        <ol className="mt-2 flex flex-col gap-3">
          {Array.from({ length: rows }, (_, i) => (
            <li key={i} className="grid gap-2 sm:grid-cols-2">
              <SelectField
                name={`contacts.${i}.contactId`}
                label={`Contact ${i + 1}`}
                options={options}
                defaultValue={values[`contacts.${i}.contactId`]}
                error={e[`contacts.${i}.contactId`]}
              />
              <TextField
                name={`contacts.${i}.label`}
                label={`City label ${i + 1}`}
                defaultValue={values[`contacts.${i}.label`]}
                error={e[`contacts.${i}.label`]}
              />
            </li>
          ))}
        </ol>
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">{releaseId ? 'Save release' : 'Create draft'}</SubmitButton>
      </div>
    </form>
  );
}
