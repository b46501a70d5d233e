import { describe, expect, it } from 'vitest';
import { deadlineState, formatStaffTime, journalistTimeTitle, officerTimeZone, zoneAbbreviation } from './staff-clock';
import { localToUtc } from './zoned-time';

describe('formatStaffTime', () => {
  it('reads one deadline on each officer’s clock, labelled with the zone', () => {
    // 15:00 in London on 1 December: the two requests that read "15:00" and "18:00" unlabelled.
    const deadline = localToUtc('2026-12-01T15:00', 'Europe/London')!;
    expect(formatStaffTime(deadline, 'Europe/London')).toBe('Tue 1 Dec 2026, 15:00 GMT');
    expect(formatStaffTime(deadline, 'Europe/Moscow')).toBe('Tue 1 Dec 2026, 18:00 MSK');
    expect(formatStaffTime(deadline, 'Europe/Zurich')).toBe('Tue 1 Dec 2026, 16:00 CET');
    expect(formatStaffTime(deadline, 'Europe/London', { time: true })).toBe('15:00 GMT');
  });

  it('follows summer time: BST and CEST in July, Moscow stays at +3', () => {
    const july = new Date('2026-07-01T12:00:00Z');
    expect(formatStaffTime(july, 'Europe/London')).toBe('Wed 1 Jul 2026, 13:00 BST');
    expect(formatStaffTime(july, 'Europe/Paris')).toBe('Wed 1 Jul 2026, 14:00 CEST');
    expect(formatStaffTime(july, 'Europe/Moscow')).toBe('Wed 1 Jul 2026, 15:00 MSK');
  });

  it('labels the hours around a DST change by the offset in force at each instant', () => {
    // Clocks in the UK go forward at 01:00 UTC on 29 March 2026, in central Europe at the same instant.
    expect(formatStaffTime(new Date('2026-03-29T00:59:00Z'), 'Europe/London', { time: true })).toBe('00:59 GMT');
    expect(formatStaffTime(new Date('2026-03-29T01:00:00Z'), 'Europe/London', { time: true })).toBe('02:00 BST');
    expect(formatStaffTime(new Date('2026-03-29T00:59:00Z'), 'Europe/Berlin', { time: true })).toBe('01:59 CET');
    expect(formatStaffTime(new Date('2026-03-29T01:00:00Z'), 'Europe/Berlin', { time: true })).toBe('03:00 CEST');
    // The hour repeated in October: the same wall clock, two instants, told apart by the label.
    expect(formatStaffTime(new Date('2026-10-25T00:30:00Z'), 'Europe/London', { time: true })).toBe('01:30 BST');
    expect(formatStaffTime(new Date('2026-10-25T01:30:00Z'), 'Europe/London', { time: true })).toBe('01:30 GMT');
  });

  it('falls back to UTC for a zone that does not exist, rather than failing the page', () => {
    expect(formatStaffTime(new Date('2026-12-01T15:00:00Z'), 'Mars/Olympus')).toBe('Tue 1 Dec 2026, 15:00 UTC');
  });
});

describe('zoneAbbreviation', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  const summer = new Date('2026-07-15T12:00:00Z');
  it('gives the names people use', () => {
    expect([zoneAbbreviation(winter, 'Europe/London'), zoneAbbreviation(summer, 'Europe/London')]).toEqual([
      'GMT',
      'BST',
    ]);
    expect([zoneAbbreviation(winter, 'Europe/Zurich'), zoneAbbreviation(summer, 'Europe/Zurich')]).toEqual([
      'CET',
      'CEST',
    ]);
    expect(zoneAbbreviation(winter, 'Europe/Moscow')).toBe('MSK');
    expect(zoneAbbreviation(winter, 'Africa/Nairobi')).toBe('EAT');
    expect(zoneAbbreviation(summer, 'America/New_York')).toBe('EDT');
    expect(zoneAbbreviation(winter, 'UTC')).toBe('UTC');
  });

  it('says the offset where English has no name', () => {
    expect(zoneAbbreviation(winter, 'Asia/Kuala_Lumpur')).toBe('GMT+8');
    expect(zoneAbbreviation(winter, 'Asia/Kathmandu')).toBe('GMT+5:45');
  });
});

describe('journalistTimeTitle', () => {
  it('gives the journalist’s own clock and zone', () => {
    expect(journalistTimeTitle(new Date('2026-12-01T15:00:00Z'), 'Europe/Moscow')).toBe(
      'Tue 1 Dec 2026, 18:00 MSK for the journalist (Europe/Moscow)',
    );
  });
});

describe('officerTimeZone', () => {
  it('takes the officer’s choice, else their city’s zone, else UTC', () => {
    expect(officerTimeZone('Europe/London', 'Europe/Moscow')).toBe('Europe/London');
    expect(officerTimeZone(null, 'Europe/Moscow')).toBe('Europe/Moscow');
    expect(officerTimeZone('Not/AZone', 'Europe/Moscow')).toBe('Europe/Moscow');
    expect(officerTimeZone(null, null)).toBe('UTC');
  });
});

describe('deadlineState', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('is overdue once the instant has passed, due soon within 24 hours, whatever zone it was set in', () => {
    expect(deadlineState(new Date('2026-12-01T11:59:00Z'), now)).toBe('overdue');
    expect(deadlineState(localToUtc('2026-12-01T14:30', 'Europe/Moscow')!, now)).toBe('overdue');
    expect(deadlineState(localToUtc('2026-12-01T15:00', 'Europe/London')!, now)).toBe('due-soon');
    expect(deadlineState(new Date('2026-12-02T12:00:00Z'), now)).toBe('due-soon');
    expect(deadlineState(new Date('2026-12-02T12:01:00Z'), now)).toBe('later');
  });
});
