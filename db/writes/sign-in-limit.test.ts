import { describe, expect, it } from 'vitest';
import { openDatabase } from '..';
import { clearSignInFailures, recordSignInFailure, SIGN_IN_LIMITS, signInWait, type LimitKey } from './sign-in-limit';

const account: LimitKey = { kind: 'account', value: 'Ayuna@Example.org' };
const client: LimitKey = { kind: 'client', value: '203.0.113.9' };
const T0 = Date.UTC(2026, 0, 1);

describe('sign-in limit', () => {
  it('blocks an account after five failures for the rest of the window, then lets it try again', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < 4; i++) recordSignInFailure(db, [account, client], T0 + i);
    expect(signInWait(db, [account, client], T0 + 10)).toBe(0);
    recordSignInFailure(db, [account, client], T0 + 10);
    const wait = signInWait(db, [account, client], T0 + 20);
    expect(wait).toBe(SIGN_IN_LIMITS.account.windowMs - 20);
    // The same e-mail typed in other letter case is the same account.
    expect(signInWait(db, [{ kind: 'account', value: 'ayuna@example.org' }], T0 + 20)).toBeGreaterThan(0);
    expect(signInWait(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs)).toBe(0);
  });

  it('blocks one address trying many accounts', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < SIGN_IN_LIMITS.client.failures; i++) recordSignInFailure(db, [{ kind: 'account', value: `u${i}@example.org` }, client], T0);
    expect(signInWait(db, [{ kind: 'account', value: 'fresh@example.org' }, client], T0 + 1)).toBeGreaterThan(0);
    expect(signInWait(db, [{ kind: 'account', value: 'fresh@example.org' }, { kind: 'client', value: '198.51.100.1' }], T0 + 1)).toBe(0);
  });

  it('starts a new window after the old one ran out, and a success clears the account', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < 5; i++) recordSignInFailure(db, [account], T0);
    recordSignInFailure(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 1);
    expect(signInWait(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 2)).toBe(0);
    for (let i = 0; i < 5; i++) recordSignInFailure(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 3);
    expect(signInWait(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 4)).toBeGreaterThan(0);
    clearSignInFailures(db, account);
    expect(signInWait(db, [account], T0 + SIGN_IN_LIMITS.account.windowMs + 5)).toBe(0);
  });
});
