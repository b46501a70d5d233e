import { describe, expect, it } from 'vitest';
import { resendPageHtml } from './resend-page';

describe('resendPageHtml', () => {
  it('carries every field back in hidden inputs, escaped, and shows what was typed', () => {
    const html = resendPageHtml({
      message: 'Busy: it\'s "not" stored',
      action: '/interview-requests',
      fields: [
        ['topic', '"><script>alert(1)</script>'],
        ['questions', 'Line one\nLine & two'],
        ['targetId', '3'],
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '<input type="hidden" name="topic" value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
    );
    expect(html).toContain('<input type="hidden" name="targetId" value="3">');
    expect(html).toContain('<p role="alert">Busy: it&#x27;s &quot;not&quot; stored</p>');
    expect(html).toContain('<dd style="white-space:pre-wrap">Line one\nLine &amp; two</dd>');
    expect(html).toContain('<form method="post" action="/interview-requests" enctype="multipart/form-data">');
    expect(html).toMatch(/<html lang="en">/);
  });
});
