import { describe, expect, it } from 'vitest';
import { parseSchedule } from './schedule';

const now = new Date('2026-07-01T06:00:00Z');
const form = (over: Record<string, string> = {}) => {
  const values: Record<string, string> = {
    date: '2026-07-02',
    time: '10:00',
    timeZone: 'Europe/Moscow',
    minutes: '30',
    format: 'phone',
    location: '+7 916 667 6977',
    invitationMessage: '',
    ...over,
  };
  return parseSchedule((name) => values[name], now);
};

describe('the schedule form', () => {
  it('reads a time in the given zone as one instant and the phone number in international form', () => {
    const parsed = form();
    expect(parsed.ok && parsed.input).toMatchObject({
      startsAt: new Date('2026-07-02T07:00:00Z'),
      timeZone: 'Europe/Moscow',
      minutes: 30,
      format: 'phone',
      location: '+7 916 667 69 77',
    });
    const geneva = form({ timeZone: 'europe/zurich', date: '2026-12-02' });
    expect(geneva.ok && geneva.input.startsAt.toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(geneva.ok && geneva.input.timeZone).toBe('Europe/Zurich');
  });

  it('marks every wrong field at once and keeps what was typed', () => {
    const parsed = form({ date: '2026-02-30', minutes: '0', timeZone: 'Mars/Olympus', location: '' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(['location', 'minutes', 'timeZone']);
    expect(parsed.values.timeZone).toBe('Mars/Olympus');
    const nonsense = form({ date: '2026-02-30' });
    expect(!nonsense.ok && nonsense.fieldErrors.date).toMatch(/does not exist/);
  });

  it('checks where or how against the format, and refuses the past', () => {
    expect(!form({ format: 'video', location: 'zoom please' }).ok).toBe(true);
    const video = form({ format: 'video', location: 'https://meet.example/abc-def' });
    expect(video.ok && video.input.location).toBe('https://meet.example/abc-def');
    expect(form({ format: 'in-person', location: 'IFRC office, Moscow' }).ok).toBe(true);
    expect(form({ format: 'written', location: 'not-an-address' }).ok).toBe(false);
    expect(form({ format: 'phone', location: 'call me' }).ok).toBe(false);
    const past = form({ date: '2026-07-01', time: '08:00' });
    expect(!past.ok && past.fieldErrors.date).toMatch(/passed/);
  });
});
