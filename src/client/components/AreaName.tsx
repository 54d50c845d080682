import { useLocale } from '../app/locale-context';
import { areaNameIn, type AreaNames } from '../../shared/domain/area-names';

/**
 * An area's name in the reader's language where the register has it ("Noreg", "Norway"), else
 * the register's name marked as bokmål. The hook gives the text for labels and sentences.
 */
export function useAreaName(): (area: AreaNames) => string {
  const locale = useLocale();
  return (area) => areaNameIn(area, locale).text;
}

export function AreaName({ area }: { area: AreaNames }) {
  const locale = useLocale();
  const name = areaNameIn(area, locale);
  return <span lang={name.lang === locale ? undefined : name.lang}>{name.text}</span>;
}
