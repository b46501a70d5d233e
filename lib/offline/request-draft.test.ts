import { describe, expect, it } from 'vitest';
import { draftKey, draftValues, parseDraft, restoreDraft } from './request-draft';

describe('a request kept on the phone', () => {
  it("keeps what was typed, never the page's hidden fields", () => {
    const values = draftValues([
      ['journalistName', 'Зоя Ферран'],
      ['email', 'zoe@example.org'],
      ['target', 'contact'],
      ['targetId', '3'],
      ['renderedAt', '1764558000000'],
      ['fillMs', '5300'],
      ['website', ''],
      ['format', 'video'],
    ]);
    expect(values).toEqual({ journalistName: 'Зоя Ферран', email: 'zoe@example.org', format: 'video' });
    expect(parseDraft(JSON.stringify(values))).toEqual(values);
    expect(draftKey('contact', 3)).toBe('pressline:request-draft:contact-3');
  });

  it('ignores a stored value that is not a draft, and hidden fields slipped into one', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft('["a"]')).toBeNull();
    expect(parseDraft('{"targetId":"99"}')).toBeNull();
    expect(parseDraft('{"topic":"Floods","targetId":"99","n":1}')).toEqual({ topic: 'Floods' });
  });

  it('fills the fields the form has and skips the rest', () => {
    const fields: Record<string, { value: string }> = { topic: { value: '' }, email: { value: '' } };
    restoreDraft((name) => fields[name] ?? null, { topic: 'Floods', email: 'a@b.org', gone: 'x' });
    expect(fields).toEqual({ topic: { value: 'Floods' }, email: { value: 'a@b.org' } });
  });
});
