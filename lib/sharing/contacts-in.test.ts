import { describe, expect, it } from 'vitest';
import { contactsIn } from './contacts-in';

describe('contactsIn', () => {
  it('names each place once, in order, joined as a sentence', () => {
    expect(contactsIn(['Moscow', 'Moscow', 'Geneva'])).toBe('Contacts in Moscow and Geneva');
    expect(contactsIn(['Nairobi', 'Geneva', 'Panama City'])).toBe('Contacts in Nairobi, Geneva and Panama City');
    expect(contactsIn(['Москва'])).toBe('Contacts in Москва');
    expect(contactsIn([])).toBe('');
  });
});
