import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { LOCALES } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

/**
 * The one public page with nothing from the database: prerendered by `next build`, served from
 * its files. It is also the benchmark's "prerendered page" and Lighthouse's baseline (bench/README.md).
 */
export const dynamic = 'force-static';

export const metadata: Metadata = pageMetadata({
  title: 'How Pressline works',
  description:
    'How to find a spokesperson, what their status means, how interview requests are handled, and what Pressline keeps about you.',
  path: '/about',
});

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-2 space-y-3 leading-relaxed text-stone-800">{children}</div>
    </section>
  );
}

function Term({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-300 bg-white px-4 py-3">
      <dt className="font-semibold">{term}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

const link = 'font-semibold text-blue-800 underline underline-offset-4';

/** Prerendered at build in every language: the bench's baseline for Next's own path. */
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return (
    <>
      <h1 className="text-2xl font-bold">How Pressline works</h1>
      <p className="mt-2 leading-relaxed text-stone-800">
        Pressline answers one question for a reporter on deadline: who at the press office can I reach, right now? It
        lists the office&rsquo;s spokespeople city by city, with their hours in local time and numbers that dial on one
        tap. No account is needed to read, call or ask for an interview.
      </p>

      <nav aria-label="On this page" className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <li>
            <a className={link} href="#finding">
              Finding someone
            </a>
          </li>
          <li>
            <a className={link} href="#status">
              What the status means
            </a>
          </li>
          <li>
            <a className={link} href="#calling">
              Calling and saving
            </a>
          </li>
          <li>
            <a className={link} href="#requests">
              Interview requests
            </a>
          </li>
          <li>
            <a className={link} href="#following">
              Following releases
            </a>
          </li>
          <li>
            <a className={link} href="#officers">
              For press officers
            </a>
          </li>
          <li>
            <a className={link} href="#privacy">
              Privacy
            </a>
          </li>
        </ul>
      </nav>

      <Section id="finding" title="Finding someone">
        <p>
          Start from a city on the{' '}
          <Link className={link} href="/">
            home page
          </Link>
          : its page lists everyone who speaks for the office there, each marked with whether they can take a call now.
          The search box at the top of every page finds people by name (with or without accents, in Latin or local
          script), role, city or language, and finds releases by any word of their title or text.
        </p>
        <p>
          Every{' '}
          <Link className={link} href="/releases">
            release
          </Link>{' '}
          ends with its media contacts, grouped by city as in the printed release. Each name leads to that
          person&rsquo;s page, which lists every release they cover, newest first. If someone has left the office, the
          releases that named them still show their name, and point you to the colleague who took over.
        </p>
      </Section>

      <Section id="status" title="What the status means">
        <p>
          Statuses are worked out in your browser from each person&rsquo;s weekly hours, in the time of their city, at
          the moment you look: a page saved an hour ago is still right. Without JavaScript, you see their hours instead,
          written out in the city&rsquo;s time.
        </p>
        <dl className="space-y-2">
          <Term term="Available now">Within the hours they keep for calls. Call or message them directly.</Term>
          <Term term="Off hours, back at 09:00">
            Outside their hours. The time is when they are next on, in their city&rsquo;s time. If it cannot wait, call
            the city&rsquo;s 24-hour duty line: whenever nobody there is available, the city page keeps it at the bottom
            of the screen, and it is always in the page&rsquo;s press desk section.
          </Term>
          <Term term="On leave">
            Away until the date shown. Their page names the colleague covering for them, with that person&rsquo;s own
            numbers; an interview request sent to someone on leave reaches that colleague as well.
          </Term>
          <Term term="Details confirmed 12 days ago">
            When the person last checked that their numbers and hours are right. Press officers are reminded every three
            months; an old date means a number may have changed, and the city&rsquo;s press desk is the safer first
            call.
          </Term>
        </dl>
      </Section>

      <Section id="calling" title="Calling, messaging and saving a contact">
        <p>
          Every number is written in international form, with its country code, and dials as written from any country:
          on a phone, tap it. Numbers are listed by kind (mobile, office, duty line), and a spokesperson&rsquo;s phone
          may belong to another country than their city: a Swiss mobile for someone posted in Moscow is normal.
        </p>
        <p>
          A WhatsApp number opens a chat in WhatsApp instead of a call; a Signal number dials like the others, and is
          there to be found in Signal. &ldquo;Save contact&rdquo; downloads a vCard that your phone&rsquo;s address book
          reads directly: name, role, organisation, every number with its kind, e-mail and city. An e-mail link appears
          only when the person has a public address; otherwise, write to the city&rsquo;s press desk, shown on the city
          page.
        </p>
      </Section>

      <Section id="requests" title="Interview requests">
        <p>
          Each spokesperson&rsquo;s page, each city page and each release has a request form. It says who will receive
          it: the person, the city&rsquo;s press office, or everyone listed on the release. Give your name, outlet,
          e-mail, your deadline in your own time zone, the topic and the format you need. The press office sees your
          deadline in its own time as well, so nobody has to convert it.
        </p>
        <p>
          Once sent, you get a reference such as PL-2026-000123 and a private status link, also sent to your e-mail
          address. The link shows whether the request has been received, acknowledged, scheduled, done or declined, with
          every step dated. Keep it to yourself: anyone with the link sees the topic, deadline and status of the
          request, though never your name or how to reach you.
        </p>
        <p>
          If the form finds a mistake, it says what is wrong next to the field and keeps everything you typed. To keep
          robots out, the form refuses requests sent within seconds of opening the page, and accepts a limited number
          from one connection in ten minutes; if you reach the limit, your text stays in the form, and the city&rsquo;s
          duty line is there for anything that cannot wait. A request is stored before you see its reference: it is not
          lost if the office&rsquo;s mail is down, and its e-mails are sent as soon as the mail server answers again.
        </p>
      </Section>

      <Section id="following" title="Following releases">
        <p>
          Feed readers can follow every published release (
          <a className={link} href="/feeds/releases.xml">
            all releases
          </a>
          ) or only those datelined from one city (the link is on each city page). Newsroom tools can read the same
          directory as JSON: cities, spokespeople with their numbers, and releases with their contacts, under{' '}
          <code className="rounded bg-stone-200 px-1">/api/v1</code>.
        </p>
      </Section>

      <Section id="officers" title="For press officers">
        <p>
          Press officers{' '}
          <Link className={link} href="/sign-in">
            sign in
          </Link>{' '}
          to keep their own entry current: numbers, languages, weekly hours, leave and the colleague who covers it. A
          change shows on the public pages at once. &ldquo;Confirm my details are current&rdquo; takes one click and
          tells journalists the entry can be trusted.
        </p>
        <p>
          Interview requests arrive in one inbox, shared by the officers of a city, with the journalist&rsquo;s deadline
          in both time zones. Moving a request along (acknowledged, scheduled, done or declined) updates the
          journalist&rsquo;s status link and e-mails them. Every change to a person, a release or a request is recorded
          with who made it, when, and what the value was before.
        </p>
      </Section>

      <Section id="privacy" title="Privacy: what Pressline keeps about you">
        <p>
          Reading Pressline sets no cookies and runs no tracking or advertising code. What you search for is not
          recorded.
        </p>
        <p>
          When you send an interview request, Pressline stores what you wrote in the form. Only the press office&rsquo;s
          signed-in staff can read your name, outlet, e-mail and phone number; the status link shows none of them.
          Requests are deleted after the retention period the press office sets (one year unless it chooses another).
        </p>
        <p>
          If your browser runs without JavaScript and the form finds something to fix, what you typed is kept for an
          hour on a page only your browser is sent to, so you can correct it there; it is deleted as soon as the request
          is sent, or after that hour.
        </p>
        <p>
          To apply the sending limit, Pressline keeps a one-way digest of your connection&rsquo;s address, never the
          address itself, and deletes it after an hour or so.
        </p>
        <p>
          Cookies are set only when a member of staff signs in: they hold the session, which expires, and signing out
          ends it.
        </p>
      </Section>
    </>
  );
}
