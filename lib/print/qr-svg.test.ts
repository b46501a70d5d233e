import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { buildVCard } from '@/lib/directory/vcard';
import { qrSvg } from './qr-svg';

/**
 * Reads the SVG back as a picture: qrcode draws each row's dark modules as a stroked path of
 * horizontal runs ("M1 1.5h7m4 0h1…"); they are painted into a bitmap, 4 pixels a module.
 */
function rasterise(svg: string): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const scale = 4;
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([Mmh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = Math.floor(y);
      for (let mx = x; mx < x + Number(a); mx++)
        for (let py = row * scale; py < (row + 1) * scale; py++)
          for (let px = mx * scale; px < (mx + 1) * scale; px++)
            data.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
      x += Number(a);
    }
  }
  return { data, size };
}

describe('qrSvg', () => {
  it('encodes a vCard with a Cyrillic name that a QR reader gets back whole, and ical.js parses', async () => {
    const vcard = buildVCard({
      fullName: 'Ayuna Batoeva',
      role: 'Media contact',
      organisation: 'IFRC',
      email: null,
      city: 'Москва',
      country: 'Russia',
      phones: [
        { kind: 'mobile', e164: '+79166676977', extension: null },
        { kind: 'office', e164: '+442079460111', extension: '204' },
      ],
      languages: ['ru', 'en'],
      url: 'https://press.example.org/contacts/ayuna-batoeva',
    });
    const svg = await qrSvg(vcard);
    expect(svg).toMatch(/^<svg width="100%" height="100%" aria-hidden="true"/);
    const { data, size } = rasterise(svg);
    const read = jsQR(data, size, size);
    expect(read?.data).toBe(vcard);
    const card = new ICAL.Component(ICAL.parse(read!.data));
    expect(card.getFirstPropertyValue('fn')).toBe('Ayuna Batoeva');
    expect(card.getAllProperties('tel').map((t) => String(t.getFirstValue()))).toEqual([
      '+79166676977',
      '+442079460111,204',
    ]);
  });
});
