import { describe, expect, it } from 'vitest';
import { readRequestValues, requestTargetOf } from './form-state';

describe('interview request form state', () => {
  it('reads only the form’s own text fields, each capped', () => {
    const form = new FormData();
    form.set('topic', 'x'.repeat(6_000));
    form.set('email', 'a@example.org');
    form.set('$ACTION_ID_1', 'ignored');
    form.set('phone', new Blob(['not text']));
    expect(readRequestValues((name) => form.get(name))).toEqual({ topic: 'x'.repeat(5_000), email: 'a@example.org' });
  });

  it('knows which page a refused request was written on, and refuses anything else', () => {
    expect(requestTargetOf({ target: 'city', targetId: '12' })).toEqual({ target: 'city', targetId: 12 });
    for (const values of [
      { target: 'city', targetId: '0' },
      { target: 'town', targetId: '1' },
      { target: 'contact', targetId: '1e3x' },
      { target: 'release' },
      {},
    ]) {
      expect(requestTargetOf(values as never)).toBeNull();
    }
  });
});
