import { describe, expect, it } from 'vitest';
import { detailsToFormValues, parseContactForm, type ContactFormContext } from './contact-form';

const ctx: ContactFormContext = {
  contact: { id: 1, organisation: 'IFRC' },
  countryOfCity: (id) => ({ 1: 'RU', 2: 'CH' })[id],
  delegate: (id) =>
    ({
      1: { id: 1, organisation: 'IFRC', active: true },
      3: { id: 3, organisation: 'IFRC', active: true },
      4: { id: 4, organisation: 'Other', active: true },
    })[id],
};

function form(fields: Record<string, string>) {
  const base: Record<string, string> = {
    fullName: 'Ayuna Batoeva',
    cityId: '1',
    phoneRows: '3',
    languages: 'ru, EN-gb',
    onLeave: '',
  };
  const all = { ...base, ...fields };
  return (name: string) => all[name] ?? '';
}

describe('parseContactForm', () => {
  it('reads a Swiss mobile for a Moscow spokesperson and a local Moscow number without +7', () => {
    const r = parseContactForm(
      form({
        'phones.0.kind': 'mobile',
        'phones.0.number': '+41 79 708 43 67',
        'phones.1.kind': 'office',
        'phones.1.number': '8 (916) 667-69-77',
      }),
      ctx,
    );
    expect(r.ok && r.details.phones).toEqual([
      { kind: 'mobile', e164: '+41797084367', extension: null },
      { kind: 'office', e164: '+79166676977', extension: null },
    ]);
    expect(r.ok && r.details.languages).toEqual(['ru', 'en-GB']);
  });

  it('refuses a bad number next to its row and keeps everything typed', () => {
    const r = parseContactForm(
      form({
        'phones.0.kind': 'mobile',
        'phones.0.number': '+41 12',
        role: 'Спикер',
        'hours.1.0.from': '09:00',
        'hours.1.0.to': '18:00',
      }),
      ctx,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors)).toEqual(['phones.0.number']);
    expect(r.values.role).toBe('Спикер');
    expect(r.values['phones.0.number']).toBe('+41 12');
    expect(r.values['hours.1.0.to']).toBe('18:00');
  });

  it('takes two slots a day, sorted, and midnight as the end of the day', () => {
    const r = parseContactForm(
      form({
        'hours.5.0.from': '14:00',
        'hours.5.0.to': '18:00',
        'hours.5.1.from': '08:00',
        'hours.5.1.to': '12:00',
        'hours.7.0.from': '22:00',
        'hours.7.0.to': '00:00',
      }),
      ctx,
    );
    expect(r.ok && r.details.hours).toEqual([
      { weekday: 5, startMinute: 480, endMinute: 720 },
      { weekday: 5, startMinute: 840, endMinute: 1080 },
      { weekday: 7, startMinute: 1320, endMinute: 1440 },
    ]);
  });

  it('refuses overlapping or backwards slots and half-filled ones', () => {
    const r = parseContactForm(
      form({
        'hours.1.0.from': '09:00',
        'hours.1.0.to': '13:00',
        'hours.1.1.from': '12:00',
        'hours.1.1.to': '15:00',
        'hours.2.0.from': '18:00',
        'hours.2.0.to': '09:00',
        'hours.3.0.from': '09:00',
      }),
      ctx,
    );
    expect(!r.ok && Object.keys(r.fieldErrors).sort()).toEqual(['hours.1.1', 'hours.2.0', 'hours.3.0']);
  });

  it('refuses oneself or another organisation as delegate, and leave without a return date', () => {
    const self = parseContactForm(form({ delegateId: '1' }), ctx);
    expect(!self.ok && self.fieldErrors.delegateId).toMatch(/colleague/);
    const other = parseContactForm(form({ delegateId: '4' }), ctx);
    expect(!other.ok && other.fieldErrors.delegateId).toMatch(/colleague/);
    const leave = parseContactForm(form({ onLeave: 'on', delegateId: '3' }), ctx);
    expect(!leave.ok && leave.fieldErrors).toEqual({ leaveReturnsOn: 'Say when you are back.' });
    const ok = parseContactForm(form({ onLeave: 'on', leaveReturnsOn: '2026-12-01', delegateId: '3' }), ctx);
    expect(ok.ok && [ok.details.onLeave, ok.details.leaveReturnsOn, ok.details.delegateId]).toEqual([
      true,
      '2026-12-01',
      3,
    ]);
  });

  it('refuses an unknown city, a bad language tag and a bad e-mail', () => {
    const r = parseContactForm(form({ cityId: '99', languages: 'en, not a tag!', email: 'nobody' }), ctx);
    expect(!r.ok && Object.keys(r.fieldErrors).sort()).toEqual(['email', 'languages']);
    const city = parseContactForm(form({ cityId: '99' }), ctx);
    expect(!city.ok && city.fieldErrors.cityId).toBe('Choose a city from the list.');
  });
});

describe('detailsToFormValues', () => {
  it('round-trips through the parser, extension and midnight included', () => {
    const details = {
      fullName: 'Jonas Weber',
      localName: null,
      role: 'Officer',
      cityId: 2,
      email: 'jonas.weber@example.org',
      languages: ['de', 'fr'],
      phones: [{ kind: 'office' as const, e164: '+442079460111', extension: '204' }],
      hours: [
        { weekday: 1, startMinute: 540, endMinute: 1050 },
        { weekday: 7, startMinute: 1320, endMinute: 1440 },
      ],
      onLeave: true,
      leaveReturnsOn: '2026-12-20',
      delegateId: 3,
      translations: { ru: { role: 'Сотрудник', bio: '' }, fr: { role: 'Chargé de presse', bio: 'Basé à Genève.' } },
    };
    const values = detailsToFormValues(details, (e) => (e === '+442079460111' ? '+44 20 7946 0111' : e));
    expect(values['phones.0.number']).toBe('+44 20 7946 0111 ext. 204');
    expect(values.phoneRows).toBe('3');
    const ctxCH = { ...ctx, contact: { id: 9, organisation: 'IFRC' } };
    const again = parseContactForm((n) => values[n] ?? '', ctxCH);
    expect(again.ok && again.details).toEqual(details);
    // Too long a bio is refused by its field, and what was typed in every language comes back.
    const long = parseContactForm((n) => (n === 'bioFr' ? 'x'.repeat(301) : (values[n] ?? '')), ctxCH);
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.fieldErrors.bioFr).toBe('Keep this under 300 characters.');
      expect(long.values.roleRu).toBe('Сотрудник');
    }
  });
});

describe('parseContactForm normalises what staff type (issue #13 item 7)', () => {
  it('keeps an officer’s full name on one line, without bidi overrides, and refuses an invisible one', () => {
    const r = parseContactForm(form({ fullName: 'Ayuna\r\nBatoeva\u202E', role: ' Head\tof  media ' }), ctx);
    expect(r.ok && [r.details.fullName, r.details.role]).toEqual(['Ayuna Batoeva', 'Head of media']);
    const blank = parseContactForm(form({ fullName: '\u200B\u200B' }), ctx);
    expect(!blank.ok && blank.fieldErrors.fullName).toBe('Enter the full name.');
  });
});
