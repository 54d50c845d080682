import { DecisionNotice } from '../components/DecisionNotice';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ApplicationForm } from '../../../../shared/contracts/application-form';
import type { Application, Call } from '../../../../shared/contracts/calls';
import type { FieldError } from '../../../../shared/errors';
import { missingFields } from '../../../../shared/domain/application-form';
import { pickText } from '../../../../shared/domain/localized';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { Section } from '../../governance/public/governance-parts';
import { formatDeadline } from '../call-format';
import { useCall } from '../calls.queries';
import { AnswerField, answerFieldId } from './AnswerField';
import { ApplicationVersions } from './ApplicationVersions';
import { ConfirmAction } from './ConfirmAction';
import { ConflictNotice, MineNotice } from './ConflictNotice';
import { useApplication, useSubmitApplication, useWithdrawApplication } from './applications.queries';
import { useAutosave, type Autosave } from './use-autosave';
import { timeOf } from './apply-format';
import '../../portfolio/portfolio.css';
import './apply.css';

export const applicationsPath = '/admin/soknader';
export const applicationPath = (id: string) => `/admin/soknader/${id}`;

/** The application editor: the call's form, autosaved, with what is missing, submission, withdrawal and the versions. */
export function ApplicationEditorPage(_: { user: MeUser }) {
  const { id = '' } = useParams();
  const application = useApplication(id);
  const call = useCall(application.data?.callId ?? '');
  if (application.isPending || (application.data && call.isPending)) return <Loading />;
  const error = application.error ?? call.error;
  if (error) return isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED') ? <NotFoundPage /> : <LoadFailed error={error} />;
  if (!call.data?.form) return <LoadFailed error={null} />;
  return <Editor key={application.data!.id} application={application.data!} call={call.data} form={call.data.form} />;
}

/** Messages of the server's field errors, by field key (an error at `answers.reach.1.count` belongs to `reach`). */
function errorsByField(errors: readonly FieldError[], form: ApplicationForm, locale: string): { byField: Map<string, string[]>; other: string[] } {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const e of errors) {
    const key = /^answers\.([^.]+)/.exec(e.path)?.[1];
    const field = key ? form.sections.flatMap((s) => s.fields).find((f) => f.key === key) : undefined;
    if (!field) {
      other.push(e.message);
      continue;
    }
    // The server names the field first ("Summary: …"); beside the field that is said already.
    const prefix = `${pickText(field.label, locale as 'nb').text}: `;
    const message = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    byField.set(field.key, [...(byField.get(field.key) ?? []), message]);
  }
  return { byField, other };
}

function SaveState({ autosave, application }: { autosave: Autosave; application: Application }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const message = {
    saved: application.updatedBy
      ? t('applications.save.savedBy', { time: timeOf(application.updatedAt, locale), name: application.updatedBy })
      : t('applications.save.savedAt', { time: timeOf(application.updatedAt, locale) }),
    unsaved: t('applications.save.unsaved'),
    saving: t('applications.save.saving'),
    invalid: t('applications.save.invalid'),
    failed: t('applications.save.failed'),
    conflict: t('applications.save.conflict'),
  }[autosave.status];
  return <ActionStatus id="save-state" message={message} />;
}

function Editor({ application, call, form }: { application: Application; call: Call; form: ApplicationForm }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const autosave = useAutosave(application, form, locale);
  const submit = useSubmitApplication(application.id, locale);
  const withdraw = useWithdrawApplication(application.id);
  const [submitErrors, setSubmitErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const callTitle = useLocalized(call.title);
  const editable = application.canEdit;
  const missing = useMemo(() => missingFields(form, autosave.answers), [form, autosave.answers]);
  const { byField, other } = errorsByField([...autosave.errors, ...submitErrors], form, locale);

  const onSubmit = async () => {
    setSubmitErrors([]);
    setDone(null);
    if (!(await autosave.flush())) return;
    try {
      const submitted = await submit.mutateAsync(autosave.revision);
      autosave.reset(submitted);
      setDone(t('applications.submit.done', { version: submitted.currentVersion }));
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length) setSubmitErrors(err.fieldErrors);
    }
  };
  const onWithdraw = async () => {
    setDone(null);
    if (!(await autosave.flush()) && autosave.status === 'conflict') return;
    try {
      autosave.reset(await withdraw.mutateAsync());
      setDone(t('applications.withdraw.done'));
    } catch {
      // Shown below from the mutation's error.
    }
  };
  const deadline = application.deadline?.deadline ?? call.nextDeadline;
  const nameOf = () => undefined;

  return (
    <article className="stack application-editor">
      <Paragraph data-size="sm">
        <AppLink to={applicationsPath}>{t('applications.editor.back')}</AppLink>
      </Paragraph>
      <PageHeading title={application.title}>{application.title}</PageHeading>
      <dl className="application-facts">
        <div>
          <dt>{t('applications.columns.call')}</dt>
          <dd lang={callTitle.lang}>{callTitle.text}</dd>
        </div>
        <div>
          <dt>{t('applications.columns.organisation')}</dt>
          <dd>{application.organisation.name}</dd>
        </div>
        <div>
          <dt>{t('applications.columns.status')}</dt>
          <dd>
            <Tag data-color={application.status === 'returned' ? 'warning' : application.status === 'withdrawn' ? 'neutral' : 'info'}>{t(`applications.status.${application.status}`)}</Tag>
          </dd>
        </div>
        <div>
          <dt>{t('applications.columns.deadline')}</dt>
          <dd>{deadline ? formatDeadline(deadline, locale) : t('applications.noDeadline')}</dd>
        </div>
      </dl>

      <DecisionNotice application={application} />

      {application.status === 'returned' && application.returnComment ? (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('applications.returned.title')}
          </Heading>
          <Paragraph>{application.returnComment}</Paragraph>
          <Paragraph>{t('applications.returned.lead')}</Paragraph>
        </Alert>
      ) : null}

      {editable ? <SaveState autosave={autosave} application={application} /> : null}
      {autosave.theirs ? <ConflictNotice autosave={autosave} form={form} /> : null}
      {autosave.mine ? <MineNotice autosave={autosave} form={form} /> : null}
      {autosave.failure ? <ProblemAlert error={autosave.failure} /> : null}
      {done ? (
        <Alert data-color="success" role="status">
          <Paragraph>{done}</Paragraph>
        </Alert>
      ) : null}

      {editable ? (
        <Section id="application-missing" title={t('applications.missing.title')}>
          {missing.length === 0 ? (
            <Paragraph>{t('applications.missing.none')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('applications.missing.lead', { count: missing.length })}</Paragraph>
              <ul>
                {missing.map((m) => (
                  <li key={m.fieldKey}>
                    <a
                      href={`#${answerFieldId(m.fieldKey)}`}
                      onClick={(e) => {
                        const el = document.getElementById(answerFieldId(m.fieldKey));
                        if (!el) return;
                        e.preventDefault();
                        el.focus();
                        el.scrollIntoView({ block: 'center' });
                      }}
                    >
                      <LocalizedInline text={m.label} />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      ) : null}

      {other.length ? (
        <Alert data-color="danger" role="alert">
          {other.map((m) => (
            <Paragraph key={m}>{m}</Paragraph>
          ))}
        </Alert>
      ) : null}

      <form className="stack application-form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('applications.editor.formLabel')}>
        {form.sections.map((s) => (
          <FormSectionView key={s.key} section={s} application={application} autosave={autosave} byField={byField} editable={editable} />
        ))}
      </form>

      {editable || application.status !== 'withdrawn' ? (
        <Section id="application-actions" title={t('applications.actions.title')}>
          {submit.error && !(isApiError(submit.error) && submit.error.fieldErrors.length) ? <ProblemAlert error={submit.error} /> : null}
          {editable ? (
            <ConfirmAction
              label={application.status === 'returned' ? t('applications.submit.again') : t('applications.submit.label')}
              question={t('applications.submit.question', { deadline: deadline ? formatDeadline(deadline, locale) : '–' })}
              confirmLabel={t('applications.submit.confirm')}
              pending={submit.isPending}
              onConfirm={() => void onSubmit()}
            />
          ) : null}
          {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
          {['draft', 'submitted', 'returned', 'in_review'].includes(application.status) ? (
            <ConfirmAction label={t('applications.withdraw.label')} question={t('applications.withdraw.question')} confirmLabel={t('applications.withdraw.confirm')} pending={withdraw.isPending} danger onConfirm={() => void onWithdraw()} />
          ) : null}
        </Section>
      ) : null}

      <ApplicationVersions application={application} form={form} nameOf={nameOf} />
    </article>
  );
}

function FormSectionView({
  section,
  application,
  autosave,
  byField,
  editable,
}: {
  section: ApplicationForm['sections'][number];
  application: Application;
  autosave: Autosave;
  byField: Map<string, string[]>;
  editable: boolean;
}) {
  const intro = useLocalized(section.intro ?? null);
  const title = useLocalized(section.title);
  return (
    <section aria-labelledby={`form-section-${section.key}`} className="stack form-section">
      <Heading level={2} data-size="sm" id={`form-section-${section.key}`} lang={title.lang}>
        {title.text}
      </Heading>
      {intro.text ? <Paragraph lang={intro.lang}>{intro.text}</Paragraph> : null}
      {section.fields.map((f) => (
        <AnswerField
          key={f.key}
          field={f}
          value={autosave.answers[f.key]}
          onChange={(v) => autosave.setAnswer(f.key, v)}
          onLeave={() => void autosave.flush()}
          errors={byField.get(f.key) ?? []}
          programmeId={application.programmeId}
          applicationId={application.id}
          disabled={!editable}
        />
      ))}
    </section>
  );
}

