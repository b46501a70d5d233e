import { describe, expect, it } from 'vitest';
import { openDatabase } from '..';
import { reserveSignInAttempt, settleSignInAttempt, SIGN_IN_LIMITS, signInWait, type LimitKey } from './sign-in-limit';

const account: LimitKey = { kind: 'account', value: 'Ayuna@Example.org' };
const client: LimitKey = { kind: 'client', value: '203.0.113.9' };
const T0 = Date.UTC(2026, 0, 1);

describe('sign-in limit', () => {
  it('reserves five attempts for an account, then refuses for the rest of the window', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < 5; i++) expect(reserveSignInAttempt(db, [account, client], T0 + i)).toBe(0);
    const wait = reserveSignInAttempt(db, [account, client], T0 + 20);
    expect(wait).toBe(SIGN_IN_LIMITS.account.windowMs - 20);
    // A refused attempt takes nothing: the window does not grow, the address is not charged.
    expect(signInWait(db, [client], T0 + 21)).toBe(0);
    // The same e-mail typed in other letter case is the same account.
    expect(reserveSignInAttempt(db, [{ kind: 'account', value: 'ayuna@example.org' }], T0 + 20)).toBeGreaterThan(0);
    expect(reserveSignInAttempt(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs)).toBe(0);
  });

  it('blocks one address trying many accounts', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < SIGN_IN_LIMITS.client.failures; i++) {
      expect(reserveSignInAttempt(db, [{ kind: 'account', value: `u${i}@example.org` }, client], T0)).toBe(0);
    }
    expect(reserveSignInAttempt(db, [{ kind: 'account', value: 'fresh@example.org' }, client], T0 + 1)).toBeGreaterThan(
      0,
    );
    expect(
      reserveSignInAttempt(
        db,
        [
          { kind: 'account', value: 'fresh@example.org' },
          { kind: 'client', value: '198.51.100.1' },
        ],
        T0 + 1,
      ),
    ).toBe(0);
  });

  it('a success clears the account and gives the address back only its own attempt', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < 4; i++) reserveSignInAttempt(db, [account, client], T0);
    for (let i = 0; i < 15; i++)
      reserveSignInAttempt(db, [{ kind: 'account', value: `o${i}@example.org` }, client], T0);
    reserveSignInAttempt(db, [account, client], T0 + 1);
    settleSignInAttempt(db, [account, client]);
    expect(signInWait(db, [account], T0 + 2)).toBe(0);
    // 4 + 15 failures stay on the address; the successful attempt was given back: one more is allowed.
    expect(reserveSignInAttempt(db, [{ kind: 'account', value: 'x@example.org' }, client], T0 + 3)).toBe(0);
    expect(reserveSignInAttempt(db, [{ kind: 'account', value: 'y@example.org' }, client], T0 + 4)).toBeGreaterThan(0);
  });

  it('starts a new window after the old one ran out', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < 5; i++) reserveSignInAttempt(db, [account], T0);
    expect(reserveSignInAttempt(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 1)).toBe(0);
    for (let i = 0; i < 4; i++) reserveSignInAttempt(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 3);
    expect(reserveSignInAttempt(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 4)).toBeGreaterThan(0);
  });
});
