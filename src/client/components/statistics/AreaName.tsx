import { Fragment, type ReactNode } from 'react';
import { useTranslation } from '../../app/translation';
import { useLocale } from '../../app/locale-context';
import { isTranslatedName } from './area-names';

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
  const locale = useLocale();
  // A name the register holds in the page's language ("Norway") is not bokmål.
  return lang && !isTranslatedName(name, locale) ? <span lang={lang}>{name}</span> : <>{name}</>;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK_OPEN = '\uE002';
const MARK_CLOSE = '\uE003';

/** The text with every match of `pattern` (global, one group) replaced by the element `toNode` makes of its group. */
function replaceMatches(text: string, pattern: RegExp, toNode: (group: string, key: number) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(text.slice(last, m.index), toNode(m[1]!, m.index));
    last = pattern.lastIndex;
  }
  out.push(text.slice(last));
  return out;
}

/** A placeholder to pass to `t()` for a value that is put in as an element (see fillSlots). */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** A translated text with its slots replaced by elements (an area's name in its own language). */
export function fillSlots(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  return replaceMatches(text, new RegExp(`${OPEN}(\\w+)${CLOSE}`, 'g'), (name, key) => <Fragment key={key}>{nodes[name]}</Fragment>);
}

/** "A, B and C" of areas' names, each marked with its language. */
export function useAreaNameList(): (names: readonly string[]) => ReactNode {
  const { t } = useTranslation();
  return (names) => {
    if (names.length <= 1) return names[0] ? <AreaName name={names[0]} /> : null;
    const list = names.slice(0, -1).map((name, i) => (
      <Fragment key={name}>
        {i > 0 ? ', ' : null}
        <AreaName name={name} />
      </Fragment>
    ));
    return fillSlots(t('profiles.listAnd', { list: slot('list'), last: slot('last') }), { list, last: <AreaName name={names[names.length - 1]!} /> });
  };
}

/**
 * Writes areas' names into a text that is built as a string (the charts' summaries) so that
 * AreaMarkedText can mark them; on a bokmål page they stay as they are.
 */
export function useAreaNameWriter(): (name: string) => string {
  const lang = useAreaNameLang();
  const locale = useLocale();
  return lang ? (name) => (isTranslatedName(name, locale) ? name : `${MARK_OPEN}${name}${MARK_CLOSE}`) : (name) => name;
}

/** A text written with useAreaNameWriter, its areas' names marked with their language. */
export function AreaMarkedText({ text }: { text: string }) {
  return <>{replaceMatches(text, new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'g'), (name, key) => <AreaName key={key} name={name} />)}</>;
}
