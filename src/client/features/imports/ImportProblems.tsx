import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { MappingProblem } from '../../../shared/contracts/imports';
import type { FieldError } from '../../../shared/errors';
import { firstOf } from './import-format';

const SHOWN_VALUES = 20;

/** A problem from the server as MappingProblem, or as a field error of a MAPPING_INVALID answer. */
export type AnyProblem = MappingProblem | FieldError;

/**
 * The part of the mapping a problem is about, in words: `area.codes.EAB` → "Område: kode EAB",
 * `breakdowns.1.total` → "Inndeling 2: totalkategori". A path it does not know is shown as it is.
 */
export function mappingPart(path: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const [head, ...rest] = path.split('.');
  let part: string;
  let tail = rest;
  if ((head === 'breakdowns' || head === 'filters') && /^\d+$/.test(rest[0] ?? '')) {
    part = t(`imports.problems.parts.${head}`, { n: Number(rest[0]) + 1 });
    tail = rest.slice(1);
  } else if (head === 'area' || head === 'period' || head === 'indicator' || head === 'dataset' || head === 'sourceUrl' || head === 'outliers' || head === 'source') {
    part = t(`imports.problems.parts.${head}`);
  } else {
    return path;
  }
  const [what, ...value] = tail;
  if (!what) return part;
  const known = ['dimension', 'codes', 'fixed', 'categories', 'total', 'category', 'publisher', 'tableId', 'licence', 'retrieved'].includes(what);
  if (!known) return path;
  // `codes.EAB`: one code; `codes`: the codes as a whole.
  const sub = value.length > 0 ? t(`imports.problems.parts.one.${what}`, { value: value.join('.') }) : t(`imports.problems.parts.${what}`);
  return `${part}: ${sub}`;
}

/**
 * Problems the server found with a mapping: what (in the reader's language where we know the
 * code, else the server's words), where (the part of the mapping), and the values concerned.
 */
export function ImportProblems({
  problems,
  headingId,
  title,
}: {
  problems: readonly AnyProblem[];
  headingId: string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="stack-sm import-problems">
      <Heading level={3} data-size="sm" id={headingId}>
        {title}
      </Heading>
      <ul className="stack-sm">
        {problems.map((p, i) => {
          const values = p.values ?? [];
          const { shown, more } = firstOf(values, SHOWN_VALUES);
          // Codes we know are told in the reader's language; any other in the server's (English) words.
          const known =
            i18n.exists(`importProblem.${p.code}`) || i18n.exists(`importProblem.${p.code}_other`);
          const text = known ? t(`importProblem.${p.code}`, { count: values.length }) : p.message;
          return (
            <li key={i}>
              <span lang={known ? undefined : 'en'}>{text}</span>
              {p.path ? (
                <span className="muted">
                  {' '}
                  {t('imports.problems.where')} {mappingPart(p.path, t)}
                </span>
              ) : null}
              {shown.length > 0 ? (
                <div className="inline-codes">
                  {shown.map((v) => (
                    <code key={v}>{v}</code>
                  ))}
                  {more > 0 ? <span>{t('imports.problems.more', { count: more })}</span> : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
