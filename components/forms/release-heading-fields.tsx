import { languageOptions } from '@/lib/releases/languages';
import { SelectField, TextField } from './field';

type Values = { title?: string; publishedOn?: string; dateline?: string; language?: string };
type Errors = { title?: string; publishedOn?: string; dateline?: string; language?: string };

const LANGUAGE_OPTIONS = languageOptions();

/** A release's title, language, date and dateline: the same fields on the release form and the import review. */
export function ReleaseHeadingFields({ values, errors }: { values: Values; errors: Errors }) {
  return (
    <>
      <TextField name="title" label="Title" defaultValue={values.title} error={errors.title} required />
      <SelectField
        name="language"
        label="Language"
        hint="The language the release is written in. Its page marks the text with it, so screen readers switch voice."
        options={LANGUAGE_OPTIONS}
        defaultValue={values.language || 'en'}
        error={errors.language}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="publishedOn"
          label="Date"
          type="date"
          defaultValue={values.publishedOn}
          error={errors.publishedOn}
          required
        />
        <TextField
          name="dateline"
          label="Dateline"
          hint="Places as printed, separated by /, e.g. Moscow/Geneva."
          defaultValue={values.dateline}
          error={errors.dateline}
          required
        />
      </div>
    </>
  );
}
