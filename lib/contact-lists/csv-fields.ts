/** What a spreadsheet column can hold, for the mapping step (kept apart: the form imports it in the browser). */
export const CSV_FIELDS = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'organisation',
  'role',
  'city',
  'phone',
  'mobile',
  'whatsapp',
  'email',
  'languages',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  ignore: 'Ignore this column',
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  organisation: 'Organisation',
  role: 'Role',
  city: 'City',
  phone: 'Phone',
  mobile: 'Mobile',
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  languages: 'Languages',
};
