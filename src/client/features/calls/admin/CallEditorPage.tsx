import { useState } from 'react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Call } from '../../../../shared/contracts/calls';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { StatusMessage } from '../../../components/StatusMessage';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { useProgrammes } from '../../programmes/programmes.queries';
import { callPath, useCall } from '../calls.queries';
import { basicsValues, CallBasicsForm } from './CallBasicsForm';
import { CallActions } from './CallActions';
import { CriteriaEditor, DeadlinesEditor } from './CallListsEditors';
import { FormBuilder } from './FormBuilder';
import { useUpdateCall } from './calls-admin.queries';
import { ScheduleEditor } from '../../reports/admin/ScheduleEditor';
import '../../governance/admin/governance-admin.css';
import './calls-admin.css';

/** A call for the secretariat: its words, who may apply, criteria, deadlines, application form, and opening and closing it. */
export function CallEditorPage({ user }: { user: MeUser }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const call = useCall(id);
  const programmes = useProgrammes();
  void user;
  if (call.isPending || programmes.isPending) return <Loading />;
  if (call.isError) return <QueryFailure error={call.error} />;
  if (!call.data.canManage) return <NoAccess message={t('callsAdmin.noAccess')} />;
  const slug = programmes.data?.find((p) => p.id === call.data.programmeId)?.slug ?? '';
  return <CallEditor call={call.data} slug={slug} refetch={() => call.refetch()} />;
}

function CallEditor({ call, slug, refetch }: { call: Call; slug: string; refetch(): Promise<{ data?: Call }> }) {
  const { t } = useTranslation();
  const title = useLocalized(call.title);
  // The revision the page works on: set when loaded and by its own saves, so a change made
  // meanwhile by someone else is refused (STATE_CHANGED) rather than overwritten.
  const [revision, setRevision] = useState(call.revision);
  // Loading the stored call afresh starts the parts again from it.
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const basicsForm = useFormErrors();
  const update = useUpdateCall(call.id);
  const onSaved = (saved: Call) => {
    setRevision(saved.revision);
    setMessage(null);
  };
  const onReload = () => {
    void refetch().then((r) => {
      if (r.data) setRevision(r.data.revision);
      setGeneration((g) => g + 1);
      setMessage(t('callsAdmin.reloaded'));
    });
  };
  const back = `/admin/program/${slug}/utlysninger`;
  const parts = { call, revision, onSaved, onReload };
  return (
    <div className="stack gov-admin call-editor">
      <Paragraph data-size="sm">
        <AppLink to={back}>{t('callsAdmin.back')}</AppLink>
        {call.status !== 'draft' ? (
          <>
            {' · '}
            <AppLink to={callPath(slug, call.id)}>{t('callsAdmin.viewPublic')}</AppLink>
          </>
        ) : null}
        {' · '}
        <AppLink to={`/admin/utlysninger/${call.id}/soknader`}>{t('callsAdmin.applications.link', { count: call.applicationCount ?? 0 })}</AppLink>
      </Paragraph>
      <PageHeading title={`${title.text} – ${t('callsAdmin.edit')}`} lang={title.lang}>
        {title.text}
      </PageHeading>
      <div>
        <Tag data-color={call.status === 'open' ? 'success' : 'neutral'}>{t(`calls.status.${call.status}`)}</Tag>
      </div>
      <StatusMessage message={message} />
      <div key={generation} className="stack">
        <section aria-labelledby="call-basics-heading" className="stack-sm call-part" id="call-basics">
          <Heading level={2} data-size="sm" id="call-basics-heading">
            {t('callsAdmin.basics')}
          </Heading>
          <CallBasicsForm
            formId="call-basics"
            form={basicsForm}
            mode="update"
            initial={basicsValues(call)}
            rulesFixed={call.status !== 'draft'}
            submitLabel={t('callsAdmin.save', { part: t('callsAdmin.basics').toLowerCase() })}
            saving={update.isPending}
            onReload={onReload}
            onSave={async (data) => {
              onSaved(await update.mutateAsync({ ...data, revision }));
              setMessage(t('callsAdmin.saved'));
            }}
          />
        </section>
        <CriteriaEditor {...parts} />
        <DeadlinesEditor {...parts} />
        <FormBuilder {...parts} />
        <section aria-labelledby="call-schedules-heading" className="stack-sm call-part" id="call-schedules">
          <Heading level={2} data-size="sm" id="call-schedules-heading">
            {t('callsAdmin.reportSchedules')}
          </Heading>
          <ScheduleEditor programmeId={call.programmeId} target={{ kind: 'call', id: call.id }} idPrefix="call-schedule" />
        </section>
        <CallActions call={call} name={title.text} backTo={back} onSaved={onSaved} onReload={onReload} />
      </div>
    </div>
  );
}
