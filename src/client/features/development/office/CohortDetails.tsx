import { useState } from 'react';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { CohortDetail } from '../../../../shared/contracts/development';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useUpdateCohort } from '../development.queries';
import { formatCohortPeriod } from '../public/development-format';
import { CohortForm } from './CohortForm';

/** The cohort's name, region and period (changed in place), and its evaluation opened or closed. */
export function CohortDetails({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateCohort(cohort.id);
  const toggle = useUpdateCohort(cohort.id);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="stack">
      <dl className="facts">
        <div>
          <dt>{t('development.office.cohort.name')}</dt>
          <dd>
            <LocalizedInline text={cohort.name} />
          </dd>
        </div>
        <div>
          <dt>{t('development.office.cohort.region')}</dt>
          <dd>{cohort.region}</dd>
        </div>
        <div>
          <dt>{t('development.office.cohort.period')}</dt>
          <dd>{formatCohortPeriod(cohort.startsOn, cohort.endsOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('development.office.evaluation.state')}</dt>
          <dd>
            <Tag data-size="sm" data-color={cohort.isEvaluationOpen ? 'success' : 'neutral'}>
              {cohort.isEvaluationOpen ? t('development.office.evaluation.open') : t('development.office.evaluation.closed')}
            </Tag>
          </dd>
        </div>
      </dl>
      <Paragraph data-size="sm">{t('development.office.evaluation.help')}</Paragraph>
      {toggle.error ? <ProblemAlert error={toggle.error} /> : null}
      <div className="office-actions">
        <Button
          type="button"
          variant="secondary"
          disabled={toggle.isPending}
          onClick={() => {
            setStatus(null);
            const opening = !cohort.isEvaluationOpen;
            toggle.mutate({ isEvaluationOpen: opening }, { onSuccess: () => setStatus(opening ? t('development.office.evaluation.opened') : t('development.office.evaluation.closedNow')) });
          }}
        >
          {cohort.isEvaluationOpen ? t('development.office.evaluation.close') : t('development.office.evaluation.openAction')}
        </Button>
        <Button type="button" variant="tertiary" aria-expanded={editing} aria-controls="cohort-edit" onClick={() => setEditing((e) => !e)}>
          {t('development.office.cohort.edit')}
        </Button>
        <ActionStatus message={status} />
      </div>
      <div id="cohort-edit" hidden={!editing}>
        {editing ? <CohortForm formId="cohort-edit-form" cohort={cohort} submitLabel={t('development.office.save')} onSave={(body) => update.mutateAsync(body)} /> : null}
      </div>
    </div>
  );
}
