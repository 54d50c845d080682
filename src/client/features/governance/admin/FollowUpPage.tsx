import { useState } from 'react';
import { Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { MeUser } from '../../../app/permissions';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ActionRow } from './ActionsPanel';
import { useProgrammeActions } from './governance-admin.queries';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import './governance-admin.css';

/** The programme's open follow-up actions, or only the overdue ones, across its bodies. */
export function FollowUpPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user}>{(programme) => <FollowUp programme={programme} />}</ProgrammeGate>;
}

function FollowUp({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const [overdue, setOverdue] = useState(false);
  const actions = useProgrammeActions(programme.id, overdue);
  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}/styring`}>{t('governanceAdmin.backToBodies', { name: name.text })}</AppLink>
      </Paragraph>
      <PageHeading title={t('governanceAdmin.actions.pageTitle', { name: name.text })}>{t('governanceAdmin.actions.overview')}</PageHeading>
      <Checkbox label={t('governanceAdmin.actions.onlyOverdue')} checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
      {actions.isPending ? <Loading /> : null}
      {actions.isError ? <ProblemAlert error={actions.error} /> : null}
      {actions.data && actions.data.actions.length === 0 ? <Paragraph>{overdue ? t('governanceAdmin.actions.noneOverdue') : t('governanceAdmin.actions.noneOpen')}</Paragraph> : null}
      <ul className="plain-list stack-sm" aria-live="polite">
        {(actions.data?.actions ?? []).map((a) => (
          <li key={a.id} className="stack-sm">
            <Paragraph data-size="sm">
              <AppLink to={`/admin/moter/${a.meetingId}`}>
                {t('governanceAdmin.caseNumber', { number: a.caseNumber })}, <LocalizedInline text={a.body.name} />
              </AppLink>
            </Paragraph>
            <ul className="plain-list">
              <ActionRow action={a} />
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
