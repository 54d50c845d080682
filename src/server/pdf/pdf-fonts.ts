import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Inter regular and semibold (the weights the site uses), read once from the npm package
 * `@expo-google-fonts/inter` (Google Fonts' TrueType build of Inter, SIL Open Font License 1.1).
 * Packages stay in node_modules in the built server too, so the same lookup works from `dist/`.
 * PDFKit embeds only the glyphs a document uses.
 */
export const FONT = { regular: 'Inter', strong: 'Inter-SemiBold' } as const;

const FILES: Record<keyof typeof FONT, string> = {
  regular: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  strong: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
};

let loaded: Record<keyof typeof FONT, Buffer> | undefined;

export function fontFiles(): Record<keyof typeof FONT, Buffer> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = { regular: readFileSync(require.resolve(FILES.regular)), strong: readFileSync(require.resolve(FILES.strong)) };
  }
  return loaded;
}
