/** A record's fields as the audit log shows them: plain text, null for "nothing". */
export type Snapshot = Record<string, string | null>;

export type FieldChange = { field: string; oldValue: string | null; newValue: string | null };

const blank = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v);

/**
 * The fields whose shown value changed, in the order the record lists them.
 * Empty and missing count as the same "nothing", so saving an untouched form logs nothing.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const oldValue = blank(before[field]);
    const newValue = blank(after[field]);
    if (oldValue !== newValue) changes.push({ field, oldValue, newValue });
  }
  return changes;
}
