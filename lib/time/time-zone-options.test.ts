import { describe, expect, it } from 'vitest';
import { currentZoneName, requestTimeZones, timeZoneOptionsHtml, withZone, zoneLabel } from './time-zone-options';
import { isTimeZone } from './zoned-time';

describe('timeZoneOptionsHtml', () => {
  it('lists every zone readably and selects the chosen one only', () => {
    const html = timeZoneOptionsHtml(
      ['Africa/Dar_es_Salaam', 'Europe/Moscow', 'America/Port-au-Prince'],
      'Europe/Moscow',
    );
    expect(html).toBe(
      '<option value="Africa/Dar_es_Salaam">Dar es Salaam (Africa)</option>' +
        '<option value="Europe/Moscow" selected="">Moscow (Europe)</option>' +
        '<option value="America/Port-au-Prince">Port-au-Prince (America)</option>',
    );
  });

  it('escapes what it is given, so a forged value cannot become markup', () => {
    const html = timeZoneOptionsHtml(['Europe/Zurich'], '"><script>');
    expect(html).not.toContain('selected');
    expect(timeZoneOptionsHtml(['a"><img src=x onerror=alert(1)>'], 'x')).toBe(
      '<option value="a&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">a&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</option>',
    );
  });

  it('starts with a choice to make when nothing is chosen (no JavaScript), and keeps a choice made', () => {
    expect(timeZoneOptionsHtml(['Europe/Kyiv'], '', 'Choose your time zone')).toBe(
      '<option value="" selected="">Choose your time zone</option><option value="Europe/Kyiv">Kyiv (Europe)</option>',
    );
    expect(timeZoneOptionsHtml(['Europe/Kyiv'], 'Europe/Kyiv', 'Choose')).toBe(
      '<option value="">Choose</option><option value="Europe/Kyiv" selected="">Kyiv (Europe)</option>',
    );
  });
});

describe('the time zones the interview form offers', () => {
  const zones = requestTimeZones();
  const offsetOf = (zone: string) =>
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date('2026-01-15T12:00:00Z'))
      .find((p) => p.type === 'timeZoneName')!.value;

  it('are valid, sorted, without duplicates, and far fewer than every zone', () => {
    expect(zones.every(isTimeZone)).toBe(true);
    expect([...zones].sort()).toEqual(zones);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.length).toBeLessThan(150);
    expect(zones).toEqual(
      expect.arrayContaining([
        'Europe/Moscow',
        'Europe/Zurich',
        'Africa/Nairobi',
        'America/New_York',
        'Asia/Tokyo',
        'UTC',
      ]),
    );
  });

  it('cover every UTC offset but three of a few thousand people each', () => {
    const offered = new Set(zones.map(offsetOf));
    const missing = [...new Set(Intl.supportedValuesOf('timeZone').map(offsetOf))].filter((o) => !offered.has(o));
    // Eucla, the Chatham Islands and the Marquesas (January offsets); a visitor there still gets their own zone added
    // by the form.
    expect(missing.sort()).toEqual(['GMT+08:45', 'GMT+13:45', 'GMT-09:30']);
  });

  it('use current names, each zone once', () => {
    expect(zones).toEqual(
      expect.arrayContaining(['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'America/Nuuk']),
    );
    expect(zones).not.toEqual(expect.arrayContaining(['Europe/Kiev']));
    expect(
      zones.filter((z) => ['Asia/Calcutta', 'Asia/Saigon', 'Asia/Rangoon', 'Etc/UTC', 'America/Godthab'].includes(z)),
    ).toEqual([]);
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(zoneLabel('America/Argentina/Buenos_Aires')).toBe('Buenos Aires (America/Argentina)');
  });

  it('take in a zone that is not among them, once', () => {
    expect(withZone(['Europe/Moscow'], 'America/Argentina/Salta')).toEqual([
      'America/Argentina/Salta',
      'Europe/Moscow',
    ]);
    expect(withZone(['Europe/Moscow'], 'Europe/Moscow')).toEqual(['Europe/Moscow']);
    expect(withZone(['Europe/Moscow'], undefined)).toEqual(['Europe/Moscow']);
  });

  it('take in only a real zone, under its canonical name: a forged one never reaches the select’s HTML', () => {
    expect(withZone(['Europe/Moscow'], 'europe/zurich')).toEqual(['Europe/Zurich', 'Europe/Moscow']);
    expect(withZone(['Europe/Moscow'], 'Europe/Kiev')).toEqual(['Europe/Kyiv', 'Europe/Moscow']);
    for (const forged of [
      '"><script>alert(1)</script>',
      '</select><img src=x onerror=alert(1)>',
      'Europe/"><b>x',
      'EST5EDT',
    ])
      expect(withZone(['Europe/Moscow'], forged)).toEqual(['Europe/Moscow']);
    expect(timeZoneOptionsHtml(withZone(['Europe/Moscow'], '"><script>x</script>'), '"><script>x</script>')).toBe(
      '<option value="Europe/Moscow">Moscow (Europe)</option>',
    );
  });
});
