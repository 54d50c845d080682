import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { FigureSource } from '../../../shared/contracts/profiles';
import { distinctSources } from '../../../shared/domain/figure-sources';
import { isWebUrl } from '../../../shared/domain/web-url';

/**
 * The sources of the figures a page shows, numbered in order of first use: the import that wrote
 * them (publisher, table, when fetched, licence) or, for figures entered otherwise, the source
 * recorded on the indicator. A page mixing sources lists each; none is left out.
 */
export function SourceList({ sources }: { sources: readonly FigureSource[] }) {
  const { t } = useTranslation();
  if (sources.length === 0)
    return <Paragraph className="muted">{t('profiles.sources.none')}</Paragraph>;
  // Sources that read the same (indicators entered from one slide) are listed once.
  const distinct = distinctSources(sources, t);
  return (
    <>
      {distinct.length > 1 ? (
        <Paragraph>{t('profiles.sources.several', { count: distinct.length })}</Paragraph>
      ) : null}
      <ol className="source-list">
        {distinct.map(({ line, source: s }) => (
          <li key={s.key}>
            {line}
            {s.title ? ` – «${s.title}»` : null}
            {isWebUrl(s.url) ? (
              <>
                {' '}
                <Link href={s.url} rel="noopener noreferrer">
                  {t('profiles.sources.link', { publisher: s.publisher })}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
