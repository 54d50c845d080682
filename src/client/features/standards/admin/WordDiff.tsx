import type { SectionStatus } from '../../../../shared/contracts/standards';
import { useTranslation } from '../../../app/translation';

/**
 * How the source changed since the version the translation follows, by words: removed words
 * struck through and added ones underlined, each with a visible sign and words for screen
 * readers, so the comparison never rests on colour.
 */
export function WordDiff({ parts }: { parts: NonNullable<SectionStatus['diff']> }) {
  const { t } = useTranslation();
  return (
    <p className="standard-diff" lang="nb">
      {parts.map((p, i) =>
        p.kind === 'removed' ? (
          <del key={i}>
            <span aria-hidden="true">[−</span>
            <span className="visually-hidden">{t('standards.diff.removedStart')} </span>
            {p.text}
            <span className="visually-hidden"> {t('standards.diff.removedEnd')}</span>
            <span aria-hidden="true">]</span>
          </del>
        ) : p.kind === 'added' ? (
          <ins key={i}>
            <span aria-hidden="true">[+</span>
            <span className="visually-hidden">{t('standards.diff.addedStart')} </span>
            {p.text}
            <span className="visually-hidden"> {t('standards.diff.addedEnd')}</span>
            <span aria-hidden="true">]</span>
          </ins>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
