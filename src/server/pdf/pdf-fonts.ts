import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The embedded fonts, as TrueType from the npm packages of Google Fonts' builds (SIL Open Font
 * License 1.1): Inter, the site's typeface, for Latin (and Cyrillic and Greek); Noto Sans Arabic
 * for Arabic and Urdu; Noto Sans Tamil for Tamil. Each in the two weights the site uses. Read
 * once, when a document first needs them. Packages stay in node_modules in the built server too,
 * so the same lookup works from `dist/`. PDFKit embeds only the glyphs a document uses.
 */
export const FONT = {
  regular: 'Inter',
  strong: 'Inter-SemiBold',
  arabic: 'NotoSansArabic',
  arabicStrong: 'NotoSansArabic-SemiBold',
  tamil: 'NotoSansTamil',
  tamilStrong: 'NotoSansTamil-SemiBold',
} as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  [FONT.regular]: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  [FONT.strong]: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  [FONT.arabic]: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  [FONT.arabicStrong]: '@expo-google-fonts/noto-sans-arabic/600SemiBold/NotoSansArabic_600SemiBold.ttf',
  [FONT.tamil]: '@expo-google-fonts/noto-sans-tamil/400Regular/NotoSansTamil_400Regular.ttf',
  [FONT.tamilStrong]: '@expo-google-fonts/noto-sans-tamil/600SemiBold/NotoSansTamil_600SemiBold.ttf',
};

const loaded = new Map<FontName, Buffer>();

/** The font file's bytes, read on first use. */
export function fontFile(name: FontName): Buffer {
  let bytes = loaded.get(name);
  if (!bytes) {
    bytes = readFileSync(createRequire(import.meta.url).resolve(FILES[name]));
    loaded.set(name, bytes);
  }
  return bytes;
}

export const FONT_NAMES = Object.values(FONT) as FontName[];
