import { describe, expect, it } from 'vitest';
import { asciiSlug } from './ascii-slug';

describe('asciiSlug', () => {
  it('writes Norwegian letters out, drops other accents and joins words with dashes', () => {
    expect(asciiSlug('Løten kommune – Åsen', 80)).toBe('loten-kommune-asen');
    expect(asciiSlug('Ærlig talt: Guovdageaidnu/Kárášjohka', 80)).toBe('aerlig-talt-guovdageaidnu-karasjohka');
    expect(asciiSlug('  --Hei!--  ', 80)).toBe('hei');
  });

  it('cuts at the limit without leaving a dash at the end', () => {
    expect(asciiSlug('Oppvekst i Hamar kommune', 12)).toBe('oppvekst-i-h');
    expect(asciiSlug('Oppvekst i Hamar', 11)).toBe('oppvekst-i');
    expect(asciiSlug('العربية', 20)).toBe('');
  });
});
