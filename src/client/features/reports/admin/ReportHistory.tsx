import { Heading } from '@digdir/designsystemet-react';
import type { ReportEvent } from '../../../../shared/contracts/reports';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';

/** What happened to a report, oldest first: each submission, return (with its comment) and approval. */
export function ReportHistory({ history }: { history: ReportEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  return (
    <div className="stack-sm">
      <Heading level={4} data-size="2xs">
        {t('reports.history.title')}
      </Heading>
      <ol className="reports-history">
        {history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{when.format(new Date(h.at))}</time>: {t(`reports.history.${h.kind}`, { by: h.by ?? '–' })}
            {h.comment ? <q>{h.comment}</q> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
