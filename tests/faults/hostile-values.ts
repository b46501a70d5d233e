import fc from 'fast-check';

/** Text an attacker or a broken client might send in any field. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '<script>window.__xss=1</script>',
    '"><img src=x onerror="window.__xss=1">',
    "'; DROP TABLE interview_requests; --",
    "' OR '1'='1",
    "1; UPDATE interview_requests SET status='done' --",
    "' UNION SELECT token_hash FROM interview_requests --",
    '[click](javascript:alert(1))',
    '\u0000\u0001\u0007\u001b[31m\u007f',
    '\u202eevil\u202c',
    '\ud800',
    '../../../etc/passwd',
    '%00%ff%fe',
    '{{7*7}}${7*7}',
    '   ',
    '',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.nat({ max: 400_000 }).map((n) => 'A'.repeat(n)),
);

/** Forged values for hidden ids and Next's own fields. */
export const forgedId: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.constantFrom(
    '0',
    '-1',
    '999999',
    '1e3',
    '0x1',
    '1.5',
    ' 2 ',
    '99999999999999999999999',
    'NaN',
    'Infinity',
    'null',
    '[]',
    '{}',
    '[1,2,3]',
    '[{"status":"idle"},1]',
    '"$K1"',
    'contact',
    'city',
    'release',
    '{"id":"x","bound":null}',
  ),
  hostileText,
);

/** Bytes that are not UTF-8 at all. */
export const invalidUtf8: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom(
    Buffer.from([0xff, 0xfe]),
    Buffer.from([0xc0, 0x80]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0x61, 0xe2, 0x82]),
  ),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((a) => Buffer.from(a)),
);

/** A path segment or query value: encoded text, raw percent-escapes of arbitrary bytes, or oddities. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  hostileText.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '').slice(0, 3_000))),
  fc
    .uint8Array({ minLength: 1, maxLength: 24 })
    .map((a) => [...a].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('')),
  fc.constantFrom(
    '..',
    '%2e%2e',
    '%2F',
    '%00',
    '%',
    '%zz',
    '.',
    '~',
    'a'.repeat(5_000),
    'moscow',
    'ayuna-batoeva',
    '1',
    '-1',
    '999999999999999999',
  ),
);

export type Part = [name: string, value: string | Buffer];

/** A multipart body built by hand, so it can hold duplicated fields and bytes that are not UTF-8. */
export function rawMultipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----fuzz${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of parts) {
    const safeName = name.replace(/["\r\n]/g, '_');
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${safeName}"\r\n\r\n`),
      Buffer.isBuffer(value) ? value : Buffer.from(value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
