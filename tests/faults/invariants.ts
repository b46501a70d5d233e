import Database from 'better-sqlite3';

function withDb<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Requests stored without everything the same transaction writes: reference, history, e-mails, addressees. */
export function halfWrittenRequests(file: string): string[] {
  return withDb(file, (db) =>
    (
      db
        .prepare(
          `select r.id, r.reference, r.target,
             (select count(*) from interview_request_events e where e.request_id = r.id) as events,
             (select count(*) from outbox_messages m where m.request_id = r.id) as mails,
             (select count(*) from interview_request_addressees a where a.request_id = r.id) as addressees
           from interview_requests r`,
        )
        .all() as {
        id: number;
        reference: string | null;
        target: string;
        events: number;
        mails: number;
        addressees: number;
      }[]
    )
      .filter((r) => !r.reference || r.events < 1 || r.mails < 2 || (r.target === 'contact' && r.addressees < 1))
      .map((r) => JSON.stringify(r)),
  );
}

export function requestCountsByEmail(file: string): Map<string, number> {
  return withDb(file, (db) => {
    const rows = db.prepare('select email, count(*) as n from interview_requests group by email').all() as {
      email: string;
      n: number;
    }[];
    return new Map(rows.map((r) => [r.email, r.n]));
  });
}

export function queryAll<T>(file: string, sql: string, ...params: unknown[]): T[] {
  return withDb(file, (db) => db.prepare(sql).all(...params) as T[]);
}
