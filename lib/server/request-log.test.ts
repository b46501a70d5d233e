import { expect, it } from 'vitest';
import { loggablePath } from './request-log';

it('logs the path without the query string and without status-link tokens', () => {
  expect(loggablePath('/search?q=zoe%40example.org')).toBe('/search');
  expect(loggablePath('/request-status/AbC_123-xyzAbC_123-xyz?sent=1')).toBe('/request-status/:token');
  expect(loggablePath('/interview-requests/fix/AbC_123-xyzAbC_123-xyzAbC_123-x')).toBe(
    '/interview-requests/fix/:token',
  );
  expect(loggablePath('/contacts/ayuna-batoeva')).toBe('/contacts/ayuna-batoeva');
  expect(loggablePath(undefined)).toBe('/');
  expect(loggablePath(`/${'a'.repeat(1000)}`)).toHaveLength(300);
});
