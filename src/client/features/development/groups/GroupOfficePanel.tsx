import { useId, useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { GroupDetail } from '../../../../shared/contracts/development';
import type { GroupStatus } from '../../../../shared/domain/development';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useUsers } from '../../users/users.queries';
import { useRespondGroup, useSetFacilitator } from '../development.queries';
import { showFailure } from './group-errors';

/** The office's part of the group page: the municipality's answer and the facilitator. */
export function GroupOfficePanel({ detail }: { detail: GroupDetail }) {
  return (
    <div className="stack">
      <ResponseForm detail={detail} />
      <FacilitatorForm detail={detail} />
    </div>
  );
}

const RESPONSE_FORM = 'group-response';

/** Accepting needs the commitment to attend all gatherings, a member and a contact person. */
function ResponseForm({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const { group } = detail;
  const form = useFormErrors();
  const respond = useRespondGroup(group.id);
  const [hasCommitted, setCommitted] = useState(group.hasCommitted);
  const [status, setStatus] = useState<string | null>(null);
  const labels = { hasCommitted: t('developmentGroups.office.commitment') };
  const answer = async (next: GroupStatus) => {
    setStatus(null);
    form.clear();
    try {
      await respond.mutateAsync({
        status: next,
        hasCommitted: next === 'accepted' ? hasCommitted : false,
      });
      setStatus(t(`developmentGroups.office.answered.${next}`));
    } catch (err) {
      showFailure(form, err);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void answer('accepted');
  };
  return (
    <section aria-labelledby="group-response-heading" className="stack-sm">
      <Heading level={3} data-size="xs" id="group-response-heading">
        {t('developmentGroups.office.response')}
      </Heading>
      <Paragraph>
        {t('developmentGroups.office.current', {
          status: t(`developmentGroups.status.${group.status}`),
        })}
      </Paragraph>
      <form id={RESPONSE_FORM} onSubmit={onSubmit} noValidate className="stack-sm form">
        <FormErrorSummary form={form} formId={RESPONSE_FORM} labels={labels} />
        {group.status !== 'accepted' ? (
          <>
            <Checkbox
              id={fieldId(RESPONSE_FORM, 'hasCommitted')}
              label={labels.hasCommitted}
              description={t('developmentGroups.office.commitmentHelp')}
              checked={hasCommitted}
              onChange={(e) => setCommitted(e.target.checked)}
              error={form.errorFor('hasCommitted')}
            />
            <div className="form-actions">
              <Button type="submit" aria-disabled={respond.isPending || undefined}>
                {t('developmentGroups.office.accept')}
              </Button>
              {group.status === 'invited' ? (
                <Button type="button" variant="secondary" onClick={() => void answer('declined')}>
                  {t('developmentGroups.office.decline')}
                </Button>
              ) : null}
              <ActionStatus message={status} />
            </div>
          </>
        ) : (
          <div className="form-actions">
            <Button
              type="button"
              variant="secondary"
              data-color="danger"
              onClick={() => void answer('withdrawn')}
            >
              {t('developmentGroups.office.withdraw')}
            </Button>
            <ActionStatus message={status} />
          </div>
        )}
      </form>
    </section>
  );
}

/** The facilitator: someone with a role in the programme. */
function FacilitatorForm({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const { group, cohort } = detail;
  const users = useUsers({ programmeId: cohort.programmeId, limit: 500, offset: 0 });
  const setFacilitator = useSetFacilitator(group.id);
  const [choice, setChoice] = useState(group.facilitator?.id ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const form = useFormErrors();
  const candidates = (users.data?.items ?? []).filter((u) => !u.isDisabled && u.roles.length > 0);
  // The one assigned stays in the list even when the list does not have them (another page).
  const listed =
    group.facilitator && !candidates.some((u) => u.id === group.facilitator!.id)
      ? [{ id: group.facilitator.id, label: group.facilitator.name }]
      : [];
  const roleOf = (u: (typeof candidates)[number]) =>
    u.roles.find((r) => r.programmeId === cohort.programmeId)?.role ?? u.roles[0]!.role;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    form.clear();
    try {
      await setFacilitator.mutateAsync(choice || null);
      setStatus(t('developmentGroups.office.facilitatorSaved'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t('developmentGroups.office.facilitator')}
      </Heading>
      {users.isError ? <ProblemAlert error={users.error} /> : null}
      {form.problem ? <ProblemAlert error={form.problem} /> : null}
      <form onSubmit={onSubmit} noValidate className="group-inline-form">
        <SelectField
          id={fieldId('group-facilitator', 'userId')}
          label={t('developmentGroups.office.facilitatorChoice')}
          description={t('developmentGroups.office.facilitatorHelp')}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          error={form.errorFor('userId')}
        >
          <option value="">{t('developmentGroups.office.noFacilitator')}</option>
          {listed.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
          {candidates.map((u) => (
            <option key={u.id} value={u.id}>
              {`${u.name} (${t(`programmeRole.${roleOf(u)}`)})`}
            </option>
          ))}
        </SelectField>
        <Button
          type="submit"
          variant="secondary"
          aria-disabled={setFacilitator.isPending || undefined}
        >
          {t('developmentGroups.office.saveFacilitator')}
        </Button>
        <ActionStatus message={status} />
      </form>
    </section>
  );
}
