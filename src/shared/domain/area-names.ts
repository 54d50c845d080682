import { pickText, type Locale } from './localized';

/** An area's names: the register's (bokmål) and the nynorsk and English forms where they differ. */
export interface AreaNames {
  name: string;
  nameNn?: string | null;
  nameEn?: string | null;
}

/**
 * The area's name in the reader's language ("Noreg" in nynorsk, "Norway" in English), else the
 * register's name, with the language it is in so a page can mark it (`lang="nb"`).
 */
export function areaNameIn(area: AreaNames, locale: Locale): { text: string; lang: Locale } {
  return pickText({ nb: area.name, nn: area.nameNn, en: area.nameEn }, locale);
}
