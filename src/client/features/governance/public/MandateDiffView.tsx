import type { MandateDiff } from '../../../../shared/contracts/governance-bodies';
import { useTranslation } from '../../../app/translation';

type Part = MandateDiff['parts'][number];

/** A removed run: struck through, with a visible sign and words for screen readers. */
function Removed({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <del className="diff-removed">
      <span className="diff-mark" aria-hidden="true">
        [−
      </span>
      <span className="visually-hidden">{t('governancePublic.diff.removedStart')} </span>
      {text}
      <span className="visually-hidden"> {t('governancePublic.diff.removedEnd')}</span>
      <span className="diff-mark" aria-hidden="true">
        ]
      </span>
    </del>
  );
}

/** An added run: underlined, with a visible sign and words for screen readers. */
function Added({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <ins className="diff-added">
      <span className="diff-mark" aria-hidden="true">
        [+
      </span>
      <span className="visually-hidden">{t('governancePublic.diff.addedStart')} </span>
      {text}
      <span className="visually-hidden"> {t('governancePublic.diff.addedEnd')}</span>
      <span className="diff-mark" aria-hidden="true">
        ]
      </span>
    </ins>
  );
}

function Parts({ parts }: { parts: readonly Part[] }) {
  return (
    <>
      {parts.map((p, i) => (p.kind === 'removed' ? <Removed key={i} text={p.text} /> : p.kind === 'added' ? <Added key={i} text={p.text} /> : <span key={i}>{p.text}</span>))}
    </>
  );
}

/** What the two versions' signs mean, in words: the comparison never rests on colour. */
export function DiffLegend() {
  const { t } = useTranslation();
  return (
    <ul className="plain-list diff-legend">
      <li>
        <Removed text={t('governancePublic.diff.legendRemoved')} />
      </li>
      <li>
        <Added text={t('governancePublic.diff.legendAdded')} />
      </li>
    </ul>
  );
}

/**
 * Two versions of a text compared by words: inline (one text, removed and added runs marked) or
 * side by side (the older text with its removed runs, the newer with its added ones).
 */
export function MandateDiffView({ parts, layout, lang, fromLabel, toLabel }: { parts: readonly Part[]; layout: 'inline' | 'side'; lang: string | undefined; fromLabel: string; toLabel: string }) {
  const { t } = useTranslation();
  if (!parts.some((p) => p.kind !== 'same')) return <p className="ds-paragraph">{t('governancePublic.diff.same')}</p>;
  if (layout === 'inline') {
    return (
      <div className="diff-text" lang={lang}>
        <Parts parts={parts} />
      </div>
    );
  }
  return (
    <div className="diff-columns">
      <section aria-label={fromLabel} className="stack-sm">
        <p className="ds-paragraph diff-column-label" aria-hidden="true">
          {fromLabel}
        </p>
        <div className="diff-text" lang={lang}>
          <Parts parts={parts.filter((p) => p.kind !== 'added')} />
        </div>
      </section>
      <section aria-label={toLabel} className="stack-sm">
        <p className="ds-paragraph diff-column-label" aria-hidden="true">
          {toLabel}
        </p>
        <div className="diff-text" lang={lang}>
          <Parts parts={parts.filter((p) => p.kind !== 'removed')} />
        </div>
      </section>
    </div>
  );
}
