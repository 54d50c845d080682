import { useLocale } from '../../app/locale-context';

/** Areas have their official Norwegian names, written in bokmål. */
const AREA_NAME_LANG = 'nb';

/**
 * The language to mark an area's name with on this page: none on a bokmål page, bokmål on a
 * nynorsk or English one, so that a screen reader says "Bydel Sagene" or "Norge" as Norwegian.
 */
export function useAreaNameLang(): string | undefined {
  return useLocale() === AREA_NAME_LANG ? undefined : AREA_NAME_LANG;
}

/** An area's name, marked with its language where the page is in another. */
export function AreaName({ name }: { name: string }) {
  const lang = useAreaNameLang();
  return lang ? <span lang={lang}>{name}</span> : <>{name}</>;
}
