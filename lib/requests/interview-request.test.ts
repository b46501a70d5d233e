import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTimeZones } from '../text/time-zone';
import { formatReference, interviewRequestSchema, latestDeadline, LIMITS } from './interview-request';

const now = new Date('2026-11-28T08:00:00Z');
const valid = {
  target: 'contact',
  targetId: '3',
  releaseId: '',
  journalistName: '  Ана Петрова ',
  outlet: 'Radio Example',
  email: 'ana@example.org',
  phone: '+41 79 708 43 67',
  deadlineAt: '2026-11-28T18:00',
  timeZone: 'Europe/Moscow',
  topic: 'Vaccine equity',
  questions: 'Line one\nLine two',
  format: 'phone',
  language: 'RU',
  onRecord: 'on-record',
  wishedInterviewee: '',
};

function parse(input: Record<string, unknown>) {
  return interviewRequestSchema({ timeZone: input.timeZone, now }).safeParse(input);
}

function errors(input: Record<string, unknown>) {
  const r = parse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('interviewRequestSchema', () => {
  it('normalises a good request', () => {
    const r = parse(valid);
    expect(r.success && r.data).toEqual({
      target: 'contact',
      targetId: 3,
      releaseId: null,
      journalistName: 'Ана Петрова',
      outlet: 'Radio Example',
      email: 'ana@example.org',
      phone: '+41797084367',
      deadlineAt: new Date('2026-11-28T15:00:00Z'),
      timeZone: 'Europe/Moscow',
      topic: 'Vaccine equity',
      questions: 'Line one\nLine two',
      format: 'phone',
      language: 'ru',
      onRecord: true,
      wishedInterviewee: null,
      locale: 'en',
    });
  });

  it('reports a bad e-mail and a past deadline together', () => {
    expect(errors({ ...valid, email: 'ana-at-example', deadlineAt: '2026-11-28T10:00' })).toEqual({
      email: 'Enter an e-mail address like name@example.org.',
      deadlineAt: 'That deadline has already passed. Give a time in the future.',
    });
  });

  it('words the messages in the language of the page the form is on, and keeps that language', () => {
    const inLocale = (locale: 'ru' | 'fr', input: Record<string, unknown>) => {
      const r = interviewRequestSchema({ timeZone: input.timeZone, now, locale }).safeParse(input);
      return r.success ? r.data : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    expect(
      inLocale('ru', { ...valid, journalistName: ' ', email: 'ana-at-example', deadlineAt: '2026-11-28T10:00' }),
    ).toEqual({
      journalistName: 'Укажите ваше имя.',
      email: 'Укажите адрес электронной почты вида name@example.org.',
      deadlineAt: 'Этот срок уже прошёл. Укажите время в будущем.',
    });
    expect(inLocale('fr', { ...valid, topic: 'x'.repeat(LIMITS.topic + 1), timeZone: 'Europe/Atlantis' })).toEqual({
      topic: `Le sujet doit faire moins de ${LIMITS.topic} caractères.`,
      timeZone: 'Choisissez votre fuseau horaire dans la liste.',
    });
    expect(inLocale('ru', { ...valid, locale: 'ru' })).toMatchObject({ locale: 'ru' });
    expect(parse({ ...valid, locale: 'de' }).success).toBe(false);
    expect(errors({ ...valid, questions: 'q'.repeat(LIMITS.questions + 1) })).toEqual({
      questions: 'Keep your questions under 4000 characters.',
    });
  });

  it('refuses impossible dates, unknown zones and unreadable deadlines', () => {
    expect(errors({ ...valid, deadlineAt: '2026-02-30T10:00' })).toEqual({
      deadlineAt: 'That date does not exist. Check the day and the month.',
    });
    expect(errors({ ...valid, deadlineAt: 'next friday' })).toHaveProperty('deadlineAt');
    expect(errors({ ...valid, timeZone: 'Europe/Atlantis' })).toEqual({
      timeZone: 'Choose your time zone from the list.',
    });
  });

  it('holds every field to its limit', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(
      Object.keys(
        errors({
          ...valid,
          journalistName: long(LIMITS.journalistName),
          outlet: long(LIMITS.outlet),
          topic: long(LIMITS.topic),
          questions: long(LIMITS.questions),
          wishedInterviewee: long(LIMITS.wishedInterviewee),
        }),
      ).sort(),
    ).toEqual(['journalistName', 'outlet', 'questions', 'topic', 'wishedInterviewee']);
    expect(errors({ ...valid, email: `${'a'.repeat(250)}@example.org` })).toEqual({
      email: 'That e-mail address is too long.',
    });
  });

  it('strips control characters and refuses blanks', () => {
    expect(errors({ ...valid, journalistName: '\u0000\u0007  ' })).toEqual({ journalistName: 'Enter your name.' });
    const r = parse({ ...valid, topic: 'Vaccines\u0000 in winter' });
    expect(r.success && r.data.topic).toBe('Vaccines in winter');
  });

  it('validates the optional phone only when given', () => {
    expect(parse({ ...valid, phone: '' }).success).toBe(true);
    expect(errors({ ...valid, phone: '12' })).toHaveProperty('phone');
  });

  it('refuses forged ids, enums and missing fields', () => {
    expect(errors({ ...valid, targetId: 'abc' })).toHaveProperty('targetId');
    expect(errors({ ...valid, targetId: '-4' })).toHaveProperty('targetId');
    expect(errors({ ...valid, releaseId: '1 OR 1=1' })).toHaveProperty('releaseId');
    expect(errors({ ...valid, target: 'admin' })).toHaveProperty('target');
    expect(errors({ ...valid, format: 'carrier-pigeon' })).toEqual({ format: 'Choose how you want the interview.' });
    expect(errors({ ...valid, language: '!!' })).toEqual({ language: 'Choose a language.' });
    expect(Object.keys(errors({}))).toEqual(
      expect.arrayContaining(['journalistName', 'email', 'deadlineAt', 'topic', 'format']),
    );
  });
});

describe('what the probe stored as typed (issue #13 item 7)', () => {
  it('takes CR/LF, bidi overrides and zero-width spaces out of every field, and keeps one line one line', () => {
    const r = parse({
      ...valid,
      journalistName: 'Ana\r\nPetrova\u202E',
      outlet: 'Radio\u2028Example',
      topic: '\u200BVaccine\tequity\u200B',
      questions: 'One\r\nTwo\u202E',
    });
    expect(r.success && [r.data.journalistName, r.data.outlet, r.data.topic, r.data.questions]).toEqual([
      'Ana Petrova',
      'Radio Example',
      'Vaccine equity',
      'One\nTwo',
    ]);
  });

  it('treats a required field of zero-width or other invisible characters as empty', () => {
    expect(
      errors({ ...valid, journalistName: '\u200B\u200B\u200B', outlet: '\u00A0\u200D', topic: '\uFEFF\u2060' }),
    ).toEqual({
      journalistName: 'Enter your name.',
      outlet: 'Enter your outlet.',
      topic: 'Enter the topic.',
    });
  });

  it('stores a zone under its canonical IANA name and refuses EST5EDT-style names beside the field', () => {
    const lower = parse({ ...valid, timeZone: 'europe/moscow' });
    expect(lower.success && lower.data.timeZone).toBe('Europe/Moscow');
    const kiev = parse({ ...valid, timeZone: 'Europe/Kiev' });
    expect(kiev.success && kiev.data.timeZone).toBe('Europe/Kyiv');
    for (const timeZone of ['EST5EDT', 'CET', 'Etc/GMT+5'])
      expect(errors({ ...valid, timeZone })).toEqual({ timeZone: 'Choose your time zone from the list.' });
  });

  it('refuses a deadline in year 9999, or anything more than a year ahead', () => {
    expect(errors({ ...valid, deadlineAt: '9999-12-31T23:59' })).toEqual({
      deadlineAt: 'That deadline is more than a year away. Check the year.',
    });
    expect(errors({ ...valid, deadlineAt: '2027-11-28T12:00' })).toEqual({
      deadlineAt: 'That deadline is more than a year away. Check the year.',
    });
    expect(parse({ ...valid, deadlineAt: '2027-11-28T10:00' }).success).toBe(true);
  });

  it('accepts exactly the deadlines between now and a year ahead, in any zone (property)', () => {
    const zones = [...canonicalTimeZones()];
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const local = (at: Date, zone: string) => {
      const p = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        })
          .formatToParts(at)
          .map((x) => [x.type, x.value]),
      );
      return `${pad(Number(p.year), 4)}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
    };
    const year = latestDeadline(now).getTime() - now.getTime();
    const arb = fc.record({
      zone: fc.constantFrom(...zones),
      // Whole minutes from 3 years back to 3 years ahead, away from the edges by a day (DST gaps move a local time by
      // up to one).
      minutes: fc
        .integer({ min: -3 * 525_600, max: 3 * 525_600 })
        .filter((m) => Math.abs(m) > 1_440 && Math.abs(m * 60_000 - year) > 86_400_000),
    });
    fc.assert(
      fc.property(arb, ({ zone, minutes }) => {
        const at = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + minutes * 60_000);
        const result = parse({ ...valid, timeZone: zone, deadlineAt: local(at, zone) });
        const inRange = at.getTime() > now.getTime() && at.getTime() <= now.getTime() + year;
        expect(result.success).toBe(inRange);
        if (!result.success)
          expect(Object.keys(errors({ ...valid, timeZone: zone, deadlineAt: local(at, zone) }))).toEqual([
            'deadlineAt',
          ]);
      }),
      { numRuns: 1_500 },
    );
  }, 30_000);
});

describe('formatReference', () => {
  it('pads the id and takes the UTC year', () => {
    expect(formatReference(123, new Date('2026-12-31T23:30:00Z'))).toBe('PL-2026-000123');
    expect(formatReference(1234567, new Date('2027-01-01T00:00:00Z'))).toBe('PL-2027-1234567');
  });
});
