import { DecisionNotice } from '../components/DecisionNotice';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Application, Call } from '../../../../shared/contracts/calls';
import { ApplicationReturn } from '../../../../shared/contracts/calls';
import { RETURNABLE_APPLICATION_STATUSES } from '../../../../shared/domain/calls';
import type { MeUser } from '../../../app/permissions';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { ReviewsPanel } from '../../reviews/ReviewsPanel';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { StatusMessage } from '../../../components/StatusMessage';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { formatMoney } from '../../portfolio/portfolio-format';
import { formatDeadline } from '../call-format';
import { useCall } from '../calls.queries';
import { AnswersView } from '../components/AnswersView';
import { requestedAmount } from '../../../../shared/domain/application-form';
import { ConflictNotice, isConflict, showCallFailure } from './call-parts';
import { useApplication, useApplicationVersion, useReturnApplication } from './calls-admin.queries';
import { VersionsCompare } from './VersionsCompare';
import '../../governance/admin/governance-admin.css';
import './calls-admin.css';

/** An application as the secretariat reads it: its answers beside the form, its versions and what changed, and returning it for changes. */
export function ApplicationReviewPage({ user }: { user: MeUser }) {
  const { callId = '', applicationId = '' } = useParams();
  const { t } = useTranslation();
  const call = useCall(callId);
  const application = useApplication(applicationId);
  void user;
  if (call.isPending || application.isPending) return <Loading />;
  if (call.isError) return <QueryFailure error={call.error} />;
  if (application.isError) return <QueryFailure error={application.error} />;
  if (!call.data.canManage || application.data.callId !== callId) return <NoAccess message={t('callsAdmin.noAccess')} />;
  return <Review call={call.data} application={application.data} refetch={() => void application.refetch()} />;
}

function Review({ call, application: a, refetch }: { call: Call; application: Application; refetch(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const latest = a.versions.at(-1)?.version ?? null;
  const [shown, setShown] = useState<number | null>(latest);
  const version = useApplicationVersion(a.id, shown);
  const answers = shown === null ? a.answers : version.data?.answers;
  const amount = requestedAmount(call.form, a.answers);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/utlysninger/${call.id}/soknader`}>{t('callsAdmin.review.back')}</AppLink>
      </Paragraph>
      <PageHeading title={`${a.title} – ${a.organisation.name}`}>{a.title}</PageHeading>
      <StatusMessage message={done} />
      <dl className="answers-list call-facts">
        <div className="answers-row">
          <dt>{t('callsAdmin.applications.columns.organisation')}</dt>
          <dd>{a.organisation.name}</dd>
        </div>
        {a.partners.length > 0 ? (
          <div className="answers-row">
            <dt>{t('callsAdmin.review.partners')}</dt>
            <dd>{a.partners.map((p) => p.name).join(', ')}</dd>
          </div>
        ) : null}
        <div className="answers-row">
          <dt>{t('callsAdmin.applications.columns.status')}</dt>
          <dd>
            <Tag data-size="sm">{t(`callsAdmin.applicationStatus.${a.status}`)}</Tag>
          </dd>
        </div>
        <div className="answers-row">
          <dt>{t('callsAdmin.applications.columns.submittedAt')}</dt>
          <dd>{a.submittedAt ? formatDeadline(a.submittedAt, locale) : '–'}</dd>
        </div>
        {amount !== null ? (
          <div className="answers-row">
            <dt>{t('callsAdmin.applications.columns.requested')}</dt>
            <dd>{formatMoney(amount, 'NOK', locale)}</dd>
          </div>
        ) : null}
      </dl>
      <DecisionNotice application={a} />
      {a.returnComment ? (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            {t('callsAdmin.review.returnedWith')}
          </Heading>
          <Paragraph className="answer-text">{a.returnComment}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="review-answers-heading" className="stack-sm">
        <Heading level={2} data-size="sm" id="review-answers-heading">
          {t('callsAdmin.review.answers')}
        </Heading>
        <SelectField id="review-version" label={t('callsAdmin.review.showVersion')} value={shown === null ? '' : String(shown)} onChange={(e) => setShown(e.target.value === '' ? null : Number(e.target.value))}>
          {a.versions.map((v) => (
            <option key={v.version} value={v.version}>
              {t('callsAdmin.review.versionOption', { version: v.version, at: formatDeadline(v.submittedAt, locale), by: v.submittedBy ?? '–' })}
            </option>
          ))}
          <option value="">{t('callsAdmin.review.working')}</option>
        </SelectField>
        {!call.form ? <Paragraph>{t('callsAdmin.review.noForm')}</Paragraph> : null}
        {call.form && answers ? <AnswersView form={call.form} answers={answers} applicationId={a.id} /> : null}
        {call.form && shown !== null && version.isPending ? <Loading /> : null}
      </section>

      {a.versions.length > 1 ? <VersionsCompare application={a} form={call.form} /> : null}
      {RETURNABLE_APPLICATION_STATUSES.includes(a.status) ? <ReturnForm application={a} callId={call.id} onReload={refetch} onDone={setDone} /> : null}
      {a.status !== 'draft' ? <ReviewsPanel applicationId={a.id} /> : null}
    </div>
  );
}

function ReturnForm({ application: a, callId, onReload, onDone }: { application: Application; callId: string; onReload(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const send = useReturnApplication(a.id, callId);
  const [comment, setComment] = useState('');
  const [conflict, setConflict] = useState(false);
  const id = 'application-return';
  const labels = { comment: t('callsAdmin.review.comment') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setConflict(false);
    const parsed = validate(ApplicationReturn, { comment, revision: a.revision });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    try {
      await send.mutateAsync(parsed.data);
      // The application is returned now: this form goes, and the page says what happened.
      onDone(t('callsAdmin.review.returned'));
    } catch (err) {
      if (isConflict(err)) setConflict(true);
      else showCallFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm call-part">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('callsAdmin.review.returnHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('callsAdmin.review.returnIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="stack form">
        {conflict ? <ConflictNotice onReload={onReload} /> : null}
        <FormErrorSummary form={form} formId={id} labels={labels} />
        <Textfield id={fieldId(id, 'comment')} multiline rows={4} label={labels.comment} value={comment} onChange={(e) => setComment(e.target.value)} error={form.errorFor('comment')} />
        <div className="form-actions">
          <Button type="submit" disabled={send.isPending}>
            {t('callsAdmin.review.return')}
          </Button>
        </div>
      </form>
    </section>
  );
}
