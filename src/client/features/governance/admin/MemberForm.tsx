import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { MembershipCreate, type Membership } from '../../../../shared/contracts/governance-bodies';
import { MEMBER_ROLES } from '../../../../shared/domain/governance';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { organisationSource } from '../../organisations/organisations.queries';
import { personSource } from '../../people/people.queries';
import { showFailure, withGovernanceMessages } from './form-support';
import { emptyMemberValues, memberPayload, votesByDefault } from './member-form-values';

const FORM_ID = 'member-new';

/** Adds a person to the body on behalf of an organisation, with a role, voting right and period. */
export function MemberForm({ members, saving, onSave }: { members: readonly Membership[]; saving: boolean; onSave(data: MembershipCreate): Promise<unknown> }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [v, setV] = useState(() => emptyMemberValues());
  const labels = {
    personId: t('governanceAdmin.members.person'),
    organisationId: t('governanceAdmin.members.organisation'),
    role: t('governanceAdmin.members.role'),
    deputyForId: t('governanceAdmin.members.deputyFor'),
    hasVote: t('governanceAdmin.members.hasVote'),
    validFrom: t('governanceAdmin.members.validFrom'),
    validTo: t('governanceAdmin.members.validTo'),
  };
  const deputyChoices = members.filter((m) => m.isCurrent && m.role !== 'personal_deputy');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(MembershipCreate, memberPayload(v));
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await onSave(parsed.data);
      setV(emptyMemberValues());
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form subform">
      <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
      <EntityPicker
        id={fieldId(FORM_ID, 'personId')}
        label={labels.personId}
        searchLabel={t('governanceAdmin.members.searchPerson')}
        source={personSource}
        value={v.personId}
        onChange={(id) => setV((s) => ({ ...s, personId: id }))}
        error={form.errorFor('personId')}
        allowEmpty={false}
      />
      <EntityPicker
        id={fieldId(FORM_ID, 'organisationId')}
        label={labels.organisationId}
        description={t('governanceAdmin.members.organisationHelp')}
        searchLabel={t('governanceAdmin.members.searchOrganisation')}
        source={organisationSource}
        value={v.organisationId}
        onChange={(id) => setV((s) => ({ ...s, organisationId: id }))}
        error={form.errorFor('organisationId')}
      />
      <SelectField id={fieldId(FORM_ID, 'role')} label={labels.role} value={v.role} onChange={(e) => setV((s) => ({ ...s, role: e.target.value }))} error={form.errorFor('role')}>
        <ChoiceOptions values={MEMBER_ROLES} label={(r) => t(`governanceAdmin.memberRole.${r}`)} />
      </SelectField>
      {v.role === 'personal_deputy' ? (
        <SelectField id={fieldId(FORM_ID, 'deputyForId')} label={labels.deputyForId} value={v.deputyForId} onChange={(e) => setV((s) => ({ ...s, deputyForId: e.target.value }))} error={form.errorFor('deputyForId')}>
          <option value="">{t('picker.choose')}</option>
          {deputyChoices.map((m) => (
            <option key={m.id} value={m.id}>
              {m.person.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Checkbox
        id={fieldId(FORM_ID, 'hasVote')}
        label={labels.hasVote}
        description={t('governanceAdmin.members.hasVoteHelp')}
        checked={v.hasVote ?? votesByDefault(v.role)}
        onChange={(e) => setV((s) => ({ ...s, hasVote: e.target.checked }))}
        error={form.errorFor('hasVote')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('governanceAdmin.members.period')}</Fieldset.Legend>
        <div className="gov-pair">
          {(['validFrom', 'validTo'] as const).map((f) => (
            <Textfield key={f} id={fieldId(FORM_ID, f)} type="date" label={labels[f]} value={v[f]} onChange={(e) => setV((s) => ({ ...s, [f]: e.target.value }))} error={form.errorFor(f)} />
          ))}
        </div>
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : t('governanceAdmin.members.add')}
        </Button>
      </div>
    </form>
  );
}
