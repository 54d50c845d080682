import { useState } from 'react';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { ActionProgramme } from '../../../../shared/contracts/action-programmes';
import type { ProgrammeSummary } from '../../../../shared/contracts/programmes';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { nestGoals } from '../../goals/goal-tree';
import { useGoalTree } from '../../goals/goals.queries';
import { useProgrammes } from '../../programmes/programmes.queries';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { RefusalAlert } from '../admin/RefusalAlert';
import { actionProgrammePath, formatYears } from './action-programme-format';
import { ActionProgrammeContentView } from './ActionProgrammeContent';
import { ActionProgrammeForm } from './ActionProgrammeForm';
import {
  usePublishActionProgramme,
  useSaveActionProgramme,
  useActionProgramme,
} from './action-programmes.queries';
import { actionProgrammeValues } from './content-values';
import '../admin/governance-admin.css';
import './action-programmes.css';

/**
 * An action programme for the programme's secretariat: a draft is written here (its priorities
 * and efforts tied to the goal tree); a decision adopts it; then it is published. An adopted one
 * is read here, never changed.
 */
export function ActionProgrammeAdminPage(_: { user: MeUser }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ap = useActionProgramme(id);
  const programmes = useProgrammes();
  const tree = useGoalTree(ap.data?.programmeId);
  if (ap.isPending || programmes.isPending || (ap.isSuccess && tree.isPending)) return <Loading />;
  if (ap.isError) return <QueryFailure error={ap.error} />;
  if (!ap.data.canManage) return <NoAccess message={t('governanceAdmin.noAccess')} />;
  const programme = programmes.data?.find((p) => p.id === ap.data.programmeId);
  return <Editor ap={ap.data} programme={programme} goals={tree.data?.goals ?? []} />;
}

function Editor({
  ap,
  programme,
  goals,
}: {
  ap: ActionProgramme;
  programme: ProgrammeSummary | undefined;
  goals: Parameters<typeof nestGoals>[0];
}) {
  const { t } = useTranslation();
  const title = useLocalized(ap.title);
  const programmeName = useLocalized(programme?.name);
  const save = useSaveActionProgramme(ap.id);
  const publish = usePublishActionProgramme(ap.id);
  const [status, setStatus] = useState<string | null>(null);
  const adoptedBody = useLocalized(ap.adoptedBy?.bodyName);

  return (
    <div className="stack gov-admin">
      {programme ? (
        <Paragraph data-size="sm">
          <AppLink to={`/admin/program/${programme.slug}/styring`}>
            {t('governanceAdmin.actionProgramme.back', { name: programmeName.text })}
          </AppLink>
        </Paragraph>
      ) : null}
      <PageHeading title={t('governanceAdmin.actionProgramme.pageTitle', { title: title.text })}>
        {title.text}
      </PageHeading>
      <div className="tags">
        <Tag
          data-size="sm"
          data-color={
            ap.status === 'draft' ? 'neutral' : ap.status === 'adopted' ? 'info' : 'success'
          }
        >
          {t(`governanceAdmin.actionProgrammeStatus.${ap.status}`)}
        </Tag>
        <span>
          {t('governanceAdmin.actionProgramme.periodIs', {
            period: formatYears(ap.periodFrom, ap.periodTo),
          })}
        </span>
      </div>
      {ap.adoptedBy ? (
        <Paragraph>
          <AppLink to={`/admin/moter/${ap.adoptedBy.meetingId}`}>
            {t('governanceAdmin.actionProgramme.adoptedBy', {
              number: ap.adoptedBy.caseNumber,
              body: adoptedBody.text,
            })}
          </AppLink>
        </Paragraph>
      ) : null}
      <StatusMessage message={status} />
      {ap.status === 'draft' ? (
        <>
          <Paragraph>{t('governanceAdmin.actionProgramme.draftHelp')}</Paragraph>
          <ActionProgrammeForm
            key={ap.id}
            formId="ap"
            initial={actionProgrammeValues(ap)}
            goals={nestGoals(goals)}
            saving={save.isPending}
            onSave={async (data) => {
              setStatus(null);
              await save.mutateAsync(data);
              setStatus(t('common.saved'));
            }}
          />
        </>
      ) : (
        <>
          {ap.status === 'adopted' ? (
            <div className="stack-sm">
              <Paragraph>{t('governanceAdmin.actionProgramme.publishHelp')}</Paragraph>
              {publish.isError ? <RefusalAlert error={publish.error} /> : null}
              <div>
                <Button
                  disabled={publish.isPending}
                  onClick={() =>
                    publish.mutate(undefined, {
                      onSuccess: () => setStatus(t('governanceAdmin.actionProgramme.published')),
                    })
                  }
                >
                  {t('governanceAdmin.actionProgramme.publish')}
                </Button>
              </div>
            </div>
          ) : programme ? (
            <Paragraph>
              <AppLink to={actionProgrammePath(programme.slug, ap.id)}>
                {t('governanceAdmin.actionProgramme.publicPage')}
              </AppLink>
            </Paragraph>
          ) : null}
          {programme ? <ActionProgrammeContentView ap={ap} slug={programme.slug} /> : null}
        </>
      )}
    </div>
  );
}
