import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journalistAcknowledgement, staffNotification, statusChangeNotice, type RequestForMail } from './emails';

const request = (over: Partial<RequestForMail> = {}): RequestForMail => ({
  reference: 'PL-2026-000042',
  statusUrl: 'https://pressline.example/request-status/abcdefghijklmnopqrstuvwx',
  staffUrl: 'https://pressline.example/requests/42',
  addressedTo: { kind: 'person', name: 'Ayuna Batoeva' },
  locale: 'en',
  journalistName: 'Urgent: verify at https://evil.example/x',
  outlet: 'Your account is locked',
  email: 'victim@example.org',
  phone: '+41797084367',
  deadlineAt: new Date('2030-01-02T15:30:00Z'),
  deadlineTimeZone: 'Europe/Zurich',
  staffTimeZone: 'Europe/Moscow',
  topic: 'Reset your password at https://evil.example/reset',
  questions: 'Click https://evil.example/q now',
  format: 'video',
  language: 'fr',
  onRecord: false,
  wishedInterviewee: 'Send money to evil.example',
  releaseTitle: null,
  ...over,
});

/** Everything in a request the requester typed themselves. */
const FREE_TEXT = ['journalistName', 'outlet', 'topic', 'questions', 'wishedInterviewee', 'phone'] as const;

describe('journalistAcknowledgement', () => {
  it('says the reference, the addressee, the deadline and the status link, and nothing the requester typed', () => {
    const mail = journalistAcknowledgement(request());
    const all = `${mail.subject}\n${mail.text}`;
    for (const needed of ['PL-2026-000042', 'Ayuna Batoeva', '2 Jan 2030, 16:30', 'Europe/Zurich', request().statusUrl])
      expect(all).toContain(needed);
    expect(all).not.toContain('evil.example');
    expect(all).not.toContain('locked');
    expect(mail.to).toBe('victim@example.org');
  });

  it('never contains any of the free text, whatever it is (property)', () => {
    const typed = fc.string({ minLength: 4, maxLength: 60 }).filter((s) => s.trim().length >= 4);
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(FREE_TEXT.map((k) => [k, typed])) as Record<
            (typeof FREE_TEXT)[number],
            fc.Arbitrary<string>
          >,
        ),
        (free) => {
          const base = journalistAcknowledgement(request({ ...Object.fromEntries(FREE_TEXT.map((k) => [k, 'x'])) }));
          const mail = journalistAcknowledgement(request(free));
          // The text does not depend on the free text at all: the strongest way to say it never shows.
          expect(mail).toEqual(base);
          for (const k of FREE_TEXT) if (!base.text.includes(free[k])) expect(mail.text).not.toContain(free[k]);
        },
      ),
      { numRuns: 1_000 },
    );
  }, 30_000);
});

describe('statusChangeNotice', () => {
  it('does not greet the unconfirmed address with the name the requester typed', () => {
    const mail = statusChangeNotice(
      { reference: 'PL-2026-000042', statusUrl: 'the private link', email: 'victim@example.org', locale: 'en' },
      'declined',
      'Not this week.',
    );
    expect(mail.text).toMatch(/^Hello,/);
    expect(mail.text).toContain('Not this week.');
  });
});

describe('staffNotification', () => {
  it('links the request’s staff page, not the journalist’s private link, and replies to the journalist', () => {
    const mail = staffNotification(request(), 'moscow.media@example.org');
    expect(mail.replyTo).toBe('victim@example.org');
    expect(mail.text).toContain('https://pressline.example/requests/42');
    expect(mail.text).not.toContain(request().statusUrl);
  });
});

describe('in the language the request was written in', () => {
  it('acknowledges a request from a Russian page in Russian, with the date by Intl in Russian', () => {
    const mail = journalistAcknowledgement(
      request({ locale: 'ru', addressedTo: { kind: 'city', city: 'Moscow', localNames: { ru: 'Москва' } } }),
    );
    expect(mail.subject).toBe('Мы получили ваш запрос на интервью PL-2026-000042');
    expect(mail.text).toMatch(/^Здравствуйте!/);
    expect(mail.text).toContain('пресс-служба (город: Москва)');
    expect(mail.text).toContain('Срок: ср, 2 янв. 2030 г., 16:30 (Europe/Zurich, ваше время)');
    expect(mail.text).not.toMatch(/Hello|Deadline|Follow/);
  });

  it('acknowledges a request from a French page in French, with French punctuation', () => {
    const mail = journalistAcknowledgement(request({ locale: 'fr' }));
    expect(mail.subject).toBe('Nous avons bien reçu votre demande d’entretien PL-2026-000042');
    expect(mail.text).toContain('Échéance\u00a0: mer. 2 janv. 2030, 16:30 (Europe/Zurich, votre heure)');
    expect(mail.text).toContain('Destinataire\u00a0: Ayuna Batoeva.');
  });

  it('keeps the staff e-mail in English and says the request’s language', () => {
    const mail = staffNotification(request({ locale: 'ru' }), 'desk@example.org');
    expect(mail.text).toContain('Written in Russian');
    expect(mail.text).toContain('Deadline: Wed, 2 Jan 2030, 16:30 (Europe/Zurich, the journalist');
    expect(staffNotification(request(), 'desk@example.org').text).not.toContain('Written in');
  });

  it('tells a status change in the request’s language', () => {
    const r = { reference: 'PL-2026-000042', statusUrl: 'https://x.example/fr/request-status/t', email: 'a@b.c' };
    expect(statusChangeNotice({ ...r, locale: 'fr' }, 'declined', '').subject).toBe('PL-2026-000042\u00a0: Refusée');
    expect(statusChangeNotice({ ...r, locale: 'ru' }, 'scheduled', '').text).toContain(
      'Статус вашего запроса на интервью PL-2026-000042: Интервью назначено.',
    );
  });
});
