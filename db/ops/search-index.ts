import type { Db } from '..';

/**
 * Merges each full-text index into one b-tree. FTS5 adds a segment per write and merges them only now
 * and then; every segment is another place each query must look (on 200,000 releases, a bulk-loaded
 * index answered several times slower before this). A no-op when already merged; run at start and
 * after bulk loads.
 */
export function optimizeSearchIndex(db: Db): void {
  db.$client.exec(
    `insert into contacts_fts (contacts_fts) values ('optimize'); insert into releases_fts (releases_fts) values ('optimize');`,
  );
}

/**
 * Indexes everything again from the tables, in one pass: after a bulk load made without the triggers
 * (twice as fast as row by row) or to repair an index. Only what the views publish is indexed.
 */
export function rebuildSearchIndex(db: Db): void {
  db.$client.exec(`
    insert into releases_fts (releases_fts) values ('rebuild');
    delete from contacts_fts;
    insert into contacts_fts (rowid, full_name, local_name, role, city, languages)
      select id, full_name, local_name, role, city, languages from contact_search_documents;
    update search_names_generation set generation = generation + 1;
  `);
  optimizeSearchIndex(db);
}

/** Runs a bulk load with the search triggers off, then rebuilds the index once. */
export function withSearchIndexRebuiltAfter<T>(db: Db, load: () => T): T {
  const triggers = db.$client
    .prepare(`select name, sql from sqlite_master where type = 'trigger' and name like '%_search_%'`)
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.$client.exec(`drop trigger ${t.name}`);
  try {
    return load();
  } finally {
    for (const t of triggers) db.$client.exec(t.sql);
    rebuildSearchIndex(db);
  }
}
