import { describe, expect, it } from 'vitest';
import { checkSubmission } from './abuse';

const now = 1_800_000_000_000;

describe('checkSubmission', () => {
  it('lets a person through', () => {
    expect(checkSubmission({ honeypot: '', fillMs: '45000', renderedAt: String(now - 60_000) }, { now })).toEqual({
      ok: true,
    });
  });

  it('stops a filled honeypot whatever the timing', () => {
    expect(
      checkSubmission({ honeypot: 'http://spam.example', fillMs: '45000', renderedAt: '' }, { now }),
    ).toMatchObject({ ok: false, reason: 'honeypot' });
  });

  it('stops a form filled faster than a person can type, measured in the browser first', () => {
    expect(checkSubmission({ honeypot: '', fillMs: '400', renderedAt: String(now - 600_000) }, { now })).toMatchObject({
      ok: false,
      reason: 'too-fast',
    });
  });

  it('falls back to the render time without JavaScript, and to nothing when both are missing or forged', () => {
    expect(checkSubmission({ honeypot: '', fillMs: '', renderedAt: String(now - 1_000) }, { now })).toMatchObject({
      ok: false,
      reason: 'too-fast',
    });
    expect(checkSubmission({ honeypot: '', fillMs: '', renderedAt: String(now - 10_000) }, { now })).toEqual({
      ok: true,
    });
    expect(checkSubmission({ honeypot: '', fillMs: 'abc', renderedAt: '<script>' }, { now })).toEqual({ ok: true });
  });

  it('can be turned off', () => {
    expect(checkSubmission({ honeypot: '', fillMs: '1', renderedAt: '' }, { now, minFillMs: 0 })).toEqual({ ok: true });
  });
});

describe('in the page’s language', () => {
  it('tells a Russian or French reader why their request was held back', () => {
    const held = (locale: 'ru' | 'fr') => checkSubmission({ honeypot: '', fillMs: '500', renderedAt: '' }, { locale });
    expect(held('ru')).toMatchObject({
      ok: false,
      reason: 'too-fast',
      message: expect.stringMatching(/^Форма отправлена/),
    });
    expect(held('fr')).toMatchObject({ ok: false, message: expect.stringMatching(/^Le formulaire a été envoyé/) });
  });
});
