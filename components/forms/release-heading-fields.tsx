import { TextField } from './field';

type Values = { title?: string; publishedOn?: string; dateline?: string };
type Errors = { title?: string; publishedOn?: string; dateline?: string };

/** A release's title, date and dateline: the same three fields on the release form and the import review. */
export function ReleaseHeadingFields({ values, errors }: { values: Values; errors: Errors }) {
  return (
    <>
      <TextField name="title" label="Title" defaultValue={values.title} error={errors.title} required />
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
