import { describe, expect, it } from 'vitest';
import {
  describeHours,
  deskHours,
  roughDuration,
  typicalAnswerMinutes,
  whatHappensNext,
  type Outlook,
} from './what-happens-next';

const weekdays = (start: number, end: number) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: start, endMinute: end }));

describe('desk hours', () => {
  it('merges two officers’ overlapping shifts into the desk’s day, and groups alike days', () => {
    const hours = deskHours([
      ...weekdays(540, 1020),
      ...weekdays(720, 1080),
      { weekday: 6, startMinute: 600, endMinute: 840 },
      { weekday: 7, startMinute: 1320, endMinute: 1440 },
    ]);
    expect(hours.filter((h) => h.weekday === 3)).toEqual([{ weekday: 3, startMinute: 540, endMinute: 1080 }]);
    expect(describeHours(hours)).toBe('Monday to Friday 09:00–18:00; Saturday 10:00–14:00; Sunday 22:00–24:00');
  });

  it('says "and" for two days and keeps a split day’s two slots', () => {
    const hours = deskHours([
      { weekday: 1, startMinute: 540, endMinute: 780 },
      { weekday: 1, startMinute: 840, endMinute: 1080 },
      { weekday: 2, startMinute: 540, endMinute: 780 },
      { weekday: 2, startMinute: 840, endMinute: 1080 },
    ]);
    expect(describeHours(hours)).toBe('Monday and Tuesday 09:00–13:00 and 14:00–18:00');
  });
});

describe('typicalAnswerMinutes', () => {
  // Moscow is UTC+3 all year: 06:00 UTC is 09:00 there.
  const at = (iso: string) => new Date(iso);
  const answered = (received: string, minutes: number) => ({
    receivedAt: at(received),
    answeredAt: new Date(at(received).getTime() + minutes * 60_000),
  });
  const hours = weekdays(540, 1080);

  it('is the median of requests received during office hours, ignoring those that arrived at night', () => {
    const samples = [
      answered('2026-11-23T07:00:00Z', 30), // Monday 10:00 Moscow
      answered('2026-11-24T08:00:00Z', 120),
      answered('2026-11-25T09:00:00Z', 90),
      answered('2026-11-25T20:00:00Z', 13 * 60), // 23:00 Moscow: overnight, not counted
    ];
    expect(typicalAnswerMinutes(samples, 'Europe/Moscow', hours)).toBe(90);
  });

  it('gives no number from fewer than three answers', () => {
    const samples = [answered('2026-11-23T07:00:00Z', 30), answered('2026-11-24T08:00:00Z', 120)];
    expect(typicalAnswerMinutes(samples, 'Europe/Moscow', hours)).toBeNull();
  });

  it('rounds up the way people speak', () => {
    expect(roughDuration(3)).toBe('5 minutes');
    expect(roughDuration(41)).toBe('45 minutes');
    expect(roughDuration(61)).toBe('2 hours');
    expect(roughDuration(60)).toBe('1 hour');
    expect(roughDuration(50 * 60)).toBe('3 days');
  });
});

describe('whatHappensNext', () => {
  const moscow: Outlook = {
    status: 'new',
    desk: 'the Moscow press office',
    timeZone: 'Europe/Moscow',
    place: 'Moscow',
    hours: weekdays(540, 1080),
    typicalMinutes: 95,
  };

  it('says when, from the desk’s own record', () => {
    expect(whatHappensNext(moscow)).toEqual([
      'The Moscow press office has your request and will answer by e-mail.',
      'The Moscow press office usually answers within 2 hours during office hours.',
      'Office hours: Monday to Friday 09:00–18:00, Moscow time.',
    ]);
  });

  it('invents no number when the desk has too few answers, and says so', () => {
    const text = whatHappensNext({ ...moscow, typicalMinutes: null }).join(' ');
    expect(text).not.toMatch(/usually answers within/);
    expect(text).toContain('too few requests in the last 90 days');
  });

  it('says plainly when there are no desk hours', () => {
    const text = whatHappensNext({ ...moscow, hours: [], typicalMinutes: 30 }).join(' ');
    expect(text).toContain(
      'The Moscow press office has published no office hours, so we cannot say when it will answer.',
    );
    expect(text).not.toMatch(/within/);
  });

  it('after the press office acts, or after the journalist cancels, says what that means', () => {
    expect(whatHappensNext({ ...moscow, status: 'acknowledged' })[0]).toBe(
      'The Moscow press office has acknowledged your request and will propose a time or answer it.',
    );
    expect(whatHappensNext({ ...moscow, status: 'cancelled' })).toEqual([
      'You cancelled this request. The press office has been told; nothing more will happen.',
    ]);
    expect(whatHappensNext({ ...moscow, status: 'scheduled' })[0]).toMatch(/has scheduled the interview/);
  });
});

describe('in the request’s language', () => {
  const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 18 * 60 }));
  it('names days, durations and plurals in Russian and French', () => {
    expect(describeHours(hours, 'ru')).toBe('понедельник–пятница 09:00–18:00');
    expect(describeHours(hours, 'fr')).toBe('du lundi au vendredi 09:00–18:00');
    expect([1, 2, 5, 21].map((h) => roughDuration(h * 60, 'ru'))).toEqual(['1 часа', '2 часов', '5 часов', '21 часа']);
    expect([60, 120].map((m) => roughDuration(m, 'fr'))).toEqual(['1 heure', '2 heures']);
    const outlook = {
      status: 'new' as const,
      desk: 'пресс-служба (город: Москва)',
      timeZone: 'Europe/Moscow',
      place: 'Москва',
      hours,
      typicalMinutes: 90,
    };
    expect(whatHappensNext(outlook, 'ru')).toEqual([
      'Пресс-служба (город: Москва): запрос получен, ответ придёт по электронной почте.',
      'Пресс-служба (город: Москва): в рабочие часы обычно отвечают в течение 2 часов.',
      'Часы работы: понедельник–пятница 09:00–18:00, время: Москва.',
    ]);
  });
});
