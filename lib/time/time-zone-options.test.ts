import { describe, expect, it } from 'vitest';
import { requestTimeZones, timeZoneOptionsHtml, withZone } from './time-zone-options';
import { isTimeZone } from './zoned-time';

describe('timeZoneOptionsHtml', () => {
  it('lists every zone readably and selects the chosen one only', () => {
    const html = timeZoneOptionsHtml(['Africa/Dar_es_Salaam', 'Europe/Moscow', 'America/Port-au-Prince'], 'Europe/Moscow');
    expect(html).toBe(
      '<option value="Africa/Dar_es_Salaam">Africa/Dar es Salaam</option>' +
        '<option value="Europe/Moscow" selected="">Europe/Moscow</option>' +
        '<option value="America/Port-au-Prince">America/Port-au-Prince</option>',
    );
  });

  it('escapes what it is given, so a forged value cannot become markup', () => {
    const html = timeZoneOptionsHtml(['Europe/Zurich'], '"><script>');
    expect(html).not.toContain('selected');
    expect(timeZoneOptionsHtml(['a"><script>alert(1)</script>'], 'x')).toBe(
      '<option value="a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>',
    );
  });
});

describe('the time zones the interview form offers', () => {
  const zones = requestTimeZones();
  const offsetOf = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date('2026-01-15T12:00:00Z')).find((p) => p.type === 'timeZoneName')!.value;

  it('are valid, sorted, without duplicates, and far fewer than every zone', () => {
    expect(zones.every(isTimeZone)).toBe(true);
    expect([...zones].sort()).toEqual(zones);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.length).toBeLessThan(150);
    expect(zones).toEqual(expect.arrayContaining(['Europe/Moscow', 'Europe/Zurich', 'Africa/Nairobi', 'America/New_York', 'Asia/Tokyo', 'UTC']));
  });

  it('cover every UTC offset but three of a few thousand people each', () => {
    const offered = new Set(zones.map(offsetOf));
    const missing = [...new Set(Intl.supportedValuesOf('timeZone').map(offsetOf))].filter((o) => !offered.has(o));
    // Eucla, the Chatham Islands and the Marquesas (January offsets); a visitor there still gets their own zone added by the form.
    expect(missing.sort()).toEqual(['GMT+08:45', 'GMT+13:45', 'GMT-09:30']);
  });

  it('take in a zone that is not among them, once', () => {
    expect(withZone(['Europe/Moscow'], 'America/Argentina/Salta')).toEqual(['America/Argentina/Salta', 'Europe/Moscow']);
    expect(withZone(['Europe/Moscow'], 'Europe/Moscow')).toEqual(['Europe/Moscow']);
    expect(withZone(['Europe/Moscow'], undefined)).toEqual(['Europe/Moscow']);
  });

  it('take in only a real zone, under its canonical name: a forged one never reaches the select’s HTML', () => {
    expect(withZone(['Europe/Moscow'], 'europe/zurich')).toEqual(['Europe/Zurich', 'Europe/Moscow']);
    expect(withZone(['Europe/Moscow'], 'Europe/Kiev')).toEqual(['Europe/Kyiv', 'Europe/Moscow']);
    for (const forged of ['"><script>alert(1)</script>', '</select><img src=x onerror=alert(1)>', 'Europe/"><b>x', 'EST5EDT'])
      expect(withZone(['Europe/Moscow'], forged)).toEqual(['Europe/Moscow']);
    expect(timeZoneOptionsHtml(withZone(['Europe/Moscow'], '"><script>x</script>'), '"><script>x</script>')).toBe('<option value="Europe/Moscow">Europe/Moscow</option>');
  });
});

