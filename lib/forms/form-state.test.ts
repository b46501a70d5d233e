import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf, parseFields } from './form-state';

describe('fieldErrorsOf', () => {
  it('keeps the first message of each field, keyed by its input name', () => {
    const schema = z.object({
      name: z.string().min(1, 'Enter a name.').max(3, 'Too long.'),
      rows: z.array(z.object({ phone: z.string().min(5, 'Too short.') })),
    });
    const result = schema.safeParse({ name: '', rows: [{ phone: '1' }, { phone: '22' }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ name: 'Enter a name.', rows: 'Too short.' });
    expect(fieldErrorsOf(result.error!, (path) => path.join('.'))).toEqual({
      name: 'Enter a name.',
      'rows.0.phone': 'Too short.',
      'rows.1.phone': 'Too short.',
    });
  });
});

describe('parseFields', () => {
  const schema = z.object({
    email: z.email('Enter an e-mail address.'),
    password: z.string().min(1, 'Enter your password.'),
  });
  it('reads a missing field or a file as empty text', () => {
    const data = new FormData();
    data.set('email', new File(['x'], 'x.txt'));
    expect(parseFields(schema, (name) => data.get(name), { secret: ['password'] })).toEqual({
      ok: false,
      fieldErrors: { email: 'Enter an e-mail address.', password: 'Enter your password.' },
      values: { email: '' },
    });
  });
  it('gives the parsed input, transformed by the schema', () => {
    const data = new FormData();
    data.set('email', 'ayuna@example.org');
    data.set('password', 'пароль-длинный');
    expect(parseFields(schema, (name) => data.get(name))).toEqual({
      ok: true,
      input: { email: 'ayuna@example.org', password: 'пароль-длинный' },
    });
  });
});
