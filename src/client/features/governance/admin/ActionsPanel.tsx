import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { FollowUpActionCreate, type AgendaItem, type FollowUpAction } from '../../../../shared/contracts/governance-meetings';
import { ACTION_STATUSES } from '../../../../shared/domain/governance';
import { LOCALES } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { organisationSource } from '../../organisations/organisations.queries';
import { personSource } from '../../people/people.queries';
import { formatDate } from './format';
import { emptyText, showFailure, textPayload, withGovernanceMessages } from './form-support';
import { useAddAction, useReportAction, useUpdateAction } from './governance-admin.queries';

/** The follow-up of a decision: what, who, by when, its status; reported back as a new case. */
export function ActionsPanel({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  return (
    <section className="stack-sm" aria-labelledby={`item-${item.id}-actions`}>
      <Heading level={4} data-size="2xs" id={`item-${item.id}-actions`}>
        {t('governanceAdmin.actions.title')}
      </Heading>
      {item.actions.length === 0 ? <Paragraph data-size="sm">{t('governanceAdmin.actions.none')}</Paragraph> : null}
      <ul className="plain-list stack-sm">
        {item.actions.map((a) => (
          <ActionRow key={a.id} action={a} />
        ))}
      </ul>
      <ActionForm itemId={item.id} />
    </section>
  );
}

export function ActionRow({ action }: { action: FollowUpAction }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateAction();
  const report = useReportAction();
  const [message, setMessage] = useState<string | null>(null);
  const who = [action.responsiblePerson?.name, action.responsibleOrganisation?.name].filter(Boolean).join(', ');
  return (
    <li className="gov-card stack-sm">
      <Paragraph>
        <LocalizedInline text={action.description} />
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {[who, action.dueDate ? t('governanceAdmin.actions.dueOn', { date: formatDate(action.dueDate, locale) }) : null].filter(Boolean).join(' · ')}
        {action.isOverdue ? ` · ${t('governanceAdmin.actions.overdue')}` : ''}
      </Paragraph>
      {update.error ?? report.error ? <ProblemAlert error={update.error ?? report.error} /> : null}
      <SelectField id={`action-${action.id}-status`} label={t('governanceAdmin.actions.status')} value={action.status} onChange={(e) => update.mutate({ id: action.id, body: { status: e.target.value as FollowUpAction['status'] } }, { onSuccess: () => setMessage(t('common.saved')) })}>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`governanceAdmin.actionStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      {action.reportedCaseId ? (
        <Paragraph data-size="sm">{t('governanceAdmin.actions.reported')}</Paragraph>
      ) : (
        <div>
          <Button variant="secondary" data-size="sm" disabled={report.isPending} onClick={() => report.mutate(action.id, { onSuccess: () => setMessage(t('governanceAdmin.actions.reportedNow')) })}>
            {t('governanceAdmin.actions.report')}
          </Button>
        </div>
      )}
      <StatusMessage message={message} />
    </li>
  );
}

function ActionForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const add = useAddAction();
  const form = useFormErrors();
  const formId = `action-new-${itemId}`;
  const [description, setDescription] = useState(emptyText());
  const [personId, setPersonId] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const labels: Record<string, string> = {};
  for (const l of LOCALES) labels[`description.${l}`] = t('governanceAdmin.textIn', { field: t('governanceAdmin.actions.description'), language: t(`language.${l}`) });
  labels.responsiblePersonId = t('governanceAdmin.actions.person');
  labels.responsibleOrganisationId = t('governanceAdmin.actions.organisation');
  labels.dueDate = t('governanceAdmin.actions.dueDate');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(FollowUpActionCreate, { description: textPayload(description), responsiblePersonId: personId, responsibleOrganisationId: organisationId, dueDate: dueDate || null });
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await add.mutateAsync({ itemId, body: parsed.data });
      setDescription(emptyText());
      setDueDate('');
      setStatus(t('governanceAdmin.actions.added'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm subform">
      <Heading level={5} data-size="2xs">
        {t('governanceAdmin.actions.new')}
      </Heading>
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <LocalizedTextFields formId={formId} field="description" legend={t('governanceAdmin.actions.description')} labels={labels} values={description} errorFor={form.errorFor} onChange={(lang, value) => setDescription((s) => ({ ...s, [lang]: value }))} />
      <EntityPicker id={fieldId(formId, 'responsiblePersonId')} label={labels.responsiblePersonId} searchLabel={t('governanceAdmin.members.searchPerson')} source={personSource} value={personId} onChange={setPersonId} error={form.errorFor('responsiblePersonId')} />
      <EntityPicker id={fieldId(formId, 'responsibleOrganisationId')} label={labels.responsibleOrganisationId} searchLabel={t('governanceAdmin.members.searchOrganisation')} source={organisationSource} value={organisationId} onChange={setOrganisationId} error={form.errorFor('responsibleOrganisationId')} />
      <Textfield id={fieldId(formId, 'dueDate')} type="date" label={labels.dueDate} value={dueDate} onChange={(e) => setDueDate(e.target.value)} error={form.errorFor('dueDate')} />
      <StatusMessage message={status} />
      <div>
        <Button type="submit" disabled={add.isPending}>
          {t('governanceAdmin.actions.add')}
        </Button>
      </div>
    </form>
  );
}
