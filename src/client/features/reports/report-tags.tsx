import { Tag } from '@digdir/designsystemet-react';
import type { RagStatus, StatusReportState } from '../../../shared/domain/reports';
import { useTranslation } from '../../app/translation';

const RAG_COLOR = { green: 'success', amber: 'warning', red: 'danger' } as const;
const STATE_COLOR = { due: 'neutral', draft: 'neutral', submitted: 'info', approved: 'success', returned: 'warning' } as const;

/** Green, amber or red, in words as well as colour. */
export function RagTag({ rag }: { rag: RagStatus }) {
  const { t } = useTranslation();
  return <Tag data-color={RAG_COLOR[rag]}>{t(`reports.rag.${rag}`)}</Tag>;
}

/** Where a report stands, and "late" beside it when its due date has passed. */
export function StateTag({ state, late }: { state: StatusReportState; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="reports-tags">
      <Tag data-color={STATE_COLOR[state]}>{t(`reports.states.${state}`)}</Tag>
      {late ? <Tag data-color="danger">{t('reports.states.late')}</Tag> : null}
    </span>
  );
}
