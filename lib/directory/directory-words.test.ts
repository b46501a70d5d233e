import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import ru from '@/messages/ru.json';
import { describeAvailability, describeWeek, type Availability, type HoursSlot } from './availability';
import { describeAvailabilityIn, describeWeekIn, type DirectoryWords } from './directory-words';
import { chooseFallback, type Desk, type FallbackPerson } from './fallback';

const words = (locale: string, messages: object): DirectoryWords => {
  const t = createTranslator({ locale, messages: messages as typeof en });
  return {
    locale,
    availability: (key, values) => t(`Availability.${key}` as never, values as never),
    reach: (key, values) => t(`ReachNow.${key}` as never, values as never),
  };
};
const EN = words('en', en);
const RU = words('ru', ru);
const FR = words('fr', fr);

const statuses: Availability[] = [
  { kind: 'available', until: { dayOffset: 0, weekday: 2, minute: 18 * 60 } },
  { kind: 'available', until: { dayOffset: 1, weekday: 3, minute: 2 * 60 } },
  { kind: 'available', until: { dayOffset: 3, weekday: 1, minute: 9 * 60 } },
  { kind: 'available', until: null },
  { kind: 'off', next: { dayOffset: 0, weekday: 2, minute: 14 * 60 } },
  { kind: 'off', next: { dayOffset: 1, weekday: 3, minute: 9 * 60 } },
  { kind: 'off', next: { dayOffset: 2, weekday: 6, minute: 10 * 60 + 30 } },
  { kind: 'off', next: null },
  { kind: 'leave', returnsOn: '2026-12-21' },
  { kind: 'leave', returnsOn: null },
];
const week: HoursSlot[] = [1, 2, 3, 4, 5]
  .map((weekday) => ({ weekday, startMinute: 540, endMinute: 1080 }))
  .concat([{ weekday: 6, startMinute: 600, endMinute: 840 }]);

describe('the directory’s sentences per language', () => {
  it('says in English, from the catalogue, exactly what the pages said before', () => {
    for (const s of statuses) expect(describeAvailabilityIn(s, EN)).toBe(describeAvailability(s));
    expect(describeWeekIn(week, EN)).toBe(describeWeek(week));
    expect(describeWeekIn([], EN)).toBe(describeWeek([]));
  });

  it('says it in Russian, with the weekday in the case the sentence needs', () => {
    expect(statuses.map((s) => describeAvailabilityIn(s, RU))).toEqual([
      'Сейчас на связи, до 18:00',
      'Сейчас на связи, до 02:00 завтра',
      'Сейчас на связи, до 09:00 в понедельник',
      'Сейчас на связи, круглосуточно',
      'Нерабочее время, на связи с 14:00',
      'Нерабочее время, на связи завтра с 09:00',
      'Нерабочее время, на связи в субботу с 10:30',
      'Без постоянного графика',
      'В отпуске до 21 декабря',
      'В отпуске',
    ]);
    expect(describeWeekIn(week, RU)).toBe('пн–пт 09:00–18:00; сб 10:00–14:00');
  });

  it('says it in French', () => {
    expect(describeAvailabilityIn(statuses[2]!, FR)).toBe('Joignable maintenant, jusqu’à lundi 09:00');
    expect(describeAvailabilityIn(statuses[6]!, FR)).toBe('Hors horaires, de retour samedi à 10:30');
    expect(describeAvailabilityIn(statuses[8]!, FR)).toBe('En congé jusqu’au 21 décembre');
    expect(describeWeekIn(week, FR)).toBe('lun.–ven. 09:00–18:00; sam. 10:00–14:00');
  });

  it('words the pinned fallback in each language, the English as before', () => {
    const now = new Date('2026-12-06T22:52:00Z'); // Sunday night in Moscow and Nairobi
    const person = (cityName: string, timeZone: string): FallbackPerson => ({
      fullName: `Someone in ${cityName}`,
      cityName,
      timeZone,
      hours: [{ weekday: 1, startMinute: 540, endMinute: 1080 }],
      leave: { onLeave: false, returnsOn: null },
      delegate: null,
    });
    const desks: Desk[] = [
      { name: 'Moscow', dutyPhone: '+74951234567', deskEmail: 'm@example.org' },
      { name: 'Nairobi', dutyPhone: '+254201234567', deskEmail: 'n@example.org' },
    ];
    const people = [person('Moscow', 'Europe/Moscow'), person('Nairobi', 'Africa/Nairobi')];
    const reason = (w?: DirectoryWords, p = people) => {
      const f = chooseFallback(now, p, desks, w);
      return f.kind === 'none' ? null : f.reason;
    };
    expect(reason(EN)).toBe(reason());
    expect(reason(EN, [])).toBe(reason(undefined, []));
    expect(reason(RU, [person('Москва', 'Europe/Moscow'), person('Найроби', 'Africa/Nairobi')])).toBe(
      'Сейчас никого из списка нет на связи (Москва или Найроби): звоните на круглосуточные дежурные линии.',
    );
    expect(reason(FR, [person('Moscou', 'Europe/Moscow')])).toBe(
      'Personne dans la liste n’est de service en ce moment à Moscou\u00a0: appelez les permanences 24 h/24.',
    );
  });
});
