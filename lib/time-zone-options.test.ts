import { describe, expect, it } from 'vitest';
import { timeZoneOptionsHtml } from './time-zone-options';

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
