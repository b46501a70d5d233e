import { describe, expect, it } from 'vitest';
import { formatReference, interviewRequestSchema, LIMITS } from './interview-request';

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
    });
  });

  it('reports a bad e-mail and a past deadline together', () => {
    expect(errors({ ...valid, email: 'ana-at-example', deadlineAt: '2026-11-28T10:00' })).toEqual({
      email: 'Enter an e-mail address like name@example.org.',
      deadlineAt: 'That deadline has already passed. Give a time in the future.',
    });
  });

  it('refuses impossible dates, unknown zones and unreadable deadlines', () => {
    expect(errors({ ...valid, deadlineAt: '2026-02-30T10:00' })).toEqual({ deadlineAt: 'That date does not exist. Check the day and the month.' });
    expect(errors({ ...valid, deadlineAt: 'next friday' })).toHaveProperty('deadlineAt');
    expect(errors({ ...valid, timeZone: 'Europe/Atlantis' })).toEqual({ timeZone: 'Choose your time zone from the list.' });
  });

  it('holds every field to its limit', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(Object.keys(errors({ ...valid, journalistName: long(LIMITS.journalistName), outlet: long(LIMITS.outlet), topic: long(LIMITS.topic), questions: long(LIMITS.questions), wishedInterviewee: long(LIMITS.wishedInterviewee) })).sort()).toEqual(
      ['journalistName', 'outlet', 'questions', 'topic', 'wishedInterviewee'],
    );
    expect(errors({ ...valid, email: `${'a'.repeat(250)}@example.org` })).toEqual({ email: 'That e-mail address is too long.' });
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
    expect(Object.keys(errors({}))).toEqual(expect.arrayContaining(['journalistName', 'email', 'deadlineAt', 'topic', 'format']));
  });
});

describe('formatReference', () => {
  it('pads the id and takes the UTC year', () => {
    expect(formatReference(123, new Date('2026-12-31T23:30:00Z'))).toBe('PL-2026-000123');
    expect(formatReference(1234567, new Date('2027-01-01T00:00:00Z'))).toBe('PL-2027-1234567');
  });
});
