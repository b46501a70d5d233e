import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * Noto Sans from the @fontsource package, read from disk: next/og's own font is Latin only, and for
 * any glyph its fonts lack it fetches a font from Google, which a server without internet cannot
 * (and should not) do. Latin, Latin Extended and Cyrillic cover the names and titles we hold
 * ("Аюна Батоева", "Genève", "Ciudad de Panamá"). Satori reads WOFF, not WOFF2, and looks a glyph up
 * across the families named in `fontFamily`, so each subset is a family of its own.
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans');
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const WEIGHTS = [400, 700] as const;
const FAMILY = SUBSETS.map((s) => `Noto Sans ${s}`).join(', ');

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let loaded: Promise<{ fonts: Font[]; covers: (cp: number) => boolean }> | null = null;

function loadFonts() {
  loaded ??= (async () => {
    const fonts = await Promise.all(
      WEIGHTS.flatMap((weight) =>
        SUBSETS.map(async (subset) => ({
          name: `Noto Sans ${subset}`,
          data: await readFile(path.join(FONT_DIR, 'files', `noto-sans-${subset}-${weight}-normal.woff`)),
          weight,
          style: 'normal' as const,
        })),
      ),
    );
    // The package says which code points each subset holds ("U+0400-045F,U+2116").
    const unicode = JSON.parse(await readFile(path.join(FONT_DIR, 'unicode.json'), 'utf8')) as Record<string, string>;
    const ranges = SUBSETS.flatMap((s) => (unicode[s] ?? '').split(',')).map((range) => {
      const [from = '0', to = from] = range.replace('U+', '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    });
    return { fonts, covers: (cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to) };
  })();
  return loaded;
}

/**
 * Only what the fonts can draw: any other character would send next/og to the network for a font.
 * It is left out of the picture (the page's title and description still carry it as text).
 */
export function drawable(text: string, covers: (cp: number) => boolean): string {
  return [...text]
    .filter((ch) => covers(ch.codePointAt(0)!))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The 1200×630 card a shared link shows: what it is, its title, a few lines, and the site's name. */
export async function shareImage({ kicker, title, lines }: { kicker: string; title: string; lines: string[] }) {
  const { fonts, covers } = await loadFonts();
  const draw = (text: string) => drawable(text, covers);
  const long = title.length > 90;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fafaf9',
        color: '#1c1917',
        fontFamily: FAMILY,
        borderTop: '24px solid #7f1014',
        padding: '48px 64px',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 32, color: '#7f1014', fontWeight: 700 }}>{draw(kicker)}</div>
        <div style={{ fontSize: long ? 48 : 64, fontWeight: 700, lineHeight: 1.15, marginTop: 16 }}>
          {draw(title.length > 160 ? `${title.slice(0, 157)}…` : title)}
        </div>
        {lines.map((line) => (
          <div key={line} style={{ fontSize: 34, marginTop: 18, color: '#44403c' }}>
            {draw(line)}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#7f1014' }}>Pressline</div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts },
  );
}
