import { describe, expect, it } from 'vitest';
import { lookupCity } from '../gazetteer';
import { parseRelease } from '../parse-release';
import { es } from './es';

describe('the Spanish language module', () => {
  it('reads "ORG, City" with a role line between the name and its Teléfono and correo', () => {
    const text = [
      'Contacto para medios:',
      'Ana García, CICR, Bogotá',
      'Oficial de relaciones públicas',
      'Teléfono: +57 310 555 0123',
      'agarcia@example.org',
      'Luis Pérez, CICR Lima, tel: +51 997 555 012',
    ].join('\n');
    expect(
      parseRelease(text).contacts.map((c) => [c.name, c.city, c.role, c.phones.map((p) => p.e164), c.emails]),
    ).toEqual([
      ['Ana García', 'Bogotá', 'Oficial de relaciones públicas', ['+573105550123'], ['agarcia@example.org']],
      ['Luis Pérez', 'Lima', null, ['+51997555012'], []],
    ]);
  });

  it('reads Spanish month names and Móvil, and keeps a hidden address out of the e-mails', () => {
    const r = parseRelease(
      'Madrid, 6 de diciembre de 2021 – Título\nPara más información: Ana García, móvil 612 34 56 78, [email protected]',
    );
    expect(r.date).toBe('2021-12-06');
    expect(r.contacts[0]).toEqual(expect.objectContaining({ name: 'Ana García', emails: [] }));
    expect(r.contacts[0]!.phones.map((p) => [p.e164, p.kind])).toEqual([['+34612345678', 'mobile']]);
    expect(r.warnings.some((w) => w.includes('[email protected]'))).toBe(true);
  });

  it('points every city name at a city the gazetteer knows', () => {
    for (const [local, name] of Object.entries(es.cityNames)) expect(lookupCity(local)?.name, local).toBe(name);
  });
});
