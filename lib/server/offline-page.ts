import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { formatInternational, telHref } from '@/lib/directory/phone';

/** Written beside the database; the cache in front serves it when no app process answers (deploy/nginx). */
export const OFFLINE_PAGE_NAME = 'offline-desks.html';

type DeskRow = { name: string; country: string; deskEmail: string; dutyPhone: string };
type PersonRow = { city: string; fullName: string; role: string; e164: string | null; extension: string | null };

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Every city's press desk and duty line, and each active spokesperson's first number, as the database has them now. */
export function renderOfflinePage(client: Database.Database, now = new Date()): string {
  const desks = client
    .prepare('select name, country, desk_email as deskEmail, duty_phone as dutyPhone from cities order by name')
    .all() as DeskRow[];
  const people = client
    .prepare(
      `select c.name as city, p.full_name as fullName, p.role, ph.e164, ph.extension
       from contacts p join cities c on c.id = p.city_id
       left join contact_phones ph on ph.id =
         (select id from contact_phones where contact_id = p.id order by position limit 1)
       where p.active = 1 and p.on_leave = 0 order by c.name, p.full_name`,
    )
    .all() as PersonRow[];
  const sections = desks.map((desk) => {
    const here = people.filter((p) => p.city === desk.name);
    const list = here
      .map((p) => {
        const link =
          p.e164 && `<a href="${escape(telHref(p.e164, p.extension))}">${escape(formatInternational(p.e164))}</a>`;
        const phone = link ? ` — ${link}` : '';
        return `<li>${escape(p.fullName)}${p.role ? `, ${escape(p.role)}` : ''}${phone}</li>`;
      })
      .join('');
    return `<section><h2>${escape(desk.name)} (${escape(desk.country)})</h2>
<p>24/7 duty line: <a href="${escape(telHref(desk.dutyPhone))}">${escape(formatInternational(desk.dutyPhone))}</a><br>
Press desk: <a href="mailto:${escape(desk.deskEmail)}">${escape(desk.deskEmail)}</a></p>
${list ? `<ul>${list}</ul>` : ''}</section>`;
  });
  const asOf = now.toISOString().slice(0, 16).replace('T', ' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Pressline is unavailable — nothing was stored</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}a{color:#1e40af}
h1{font-size:1.5rem}section{border-top:1px solid #ccc;margin-top:1rem}</style></head>
<body><main><h1>Pressline is unavailable for a moment</h1>
<p><strong>Nothing you just sent was stored.</strong> If you sent an interview request or an edit, please send it
again in a few minutes, or call or e-mail the press desk below.</p>
<p>Press desks and duty lines as last known (${asOf} UTC):</p>
${sections.join('\n')}
</main></body></html>
`;
}

/** Replaces the page in one rename, so the cache in front never reads half of it (several processes write it). */
export function writeOfflinePage(client: Database.Database, dir: string): void {
  const target = path.join(dir, OFFLINE_PAGE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, renderOfflinePage(client));
  fs.renameSync(temporary, target);
}
