import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PARTICIPATION_ROLES, ParticipationCreate, type Programme } from '../../../../shared/contracts/programmes';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { fieldId, orNull, validate } from '../../../components/forms/form-errors';
import { LinkedRecordsEditor } from '../../../components/forms/LinkedRecordsEditor';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { organisationSource } from '../../organisations/organisations.queries';
import { useAddParticipation, useRemoveParticipation } from '../programmes.queries';

const FORM_ID = 'participation-new';

/** The organisations taking part in the programme and their part, with add and remove. */
export function ParticipationsEditor({ programme, onMessage }: { programme: Programme; onMessage(text: string): void }) {
  const { t } = useTranslation();
  const add = useAddParticipation(programme.id);
  const remove = useRemoveParticipation(programme.id);
  const form = useFormErrors();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
  const labels = {
    organisationId: t('participations.organisation'),
    role: t('participations.role'),
    note: t('participations.note'),
  };

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(ParticipationCreate, { organisationId: organisationId ?? undefined, role: role || undefined, note: orNull(note) });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    add.mutate(parsed.data, {
      onSuccess: () => {
        setOrganisationId(null);
        setNote('');
        onMessage(t('participations.added'));
      },
      onError: form.setFailure,
    });
  };

  return (
    <LinkedRecordsEditor
      id="participations"
      title={t('participations.title')}
      empty={t('participations.none')}
      rows={programme.participations}
      rowKey={(r) => r.id}
      columns={[
        { header: labels.organisationId, cell: (p) => p.organisationName },
        { header: labels.role, cell: (p) => t(`participationRole.${p.role}`) },
        { header: labels.note, cell: (p) => p.note },
      ]}
      removeLabel={(p) => t('participations.removeNamed', { name: p.organisationName, role: t(`participationRole.${p.role}`) })}
      onRemove={(p) => remove.mutate(p.id, { onSuccess: () => onMessage(t('participations.removed', { name: p.organisationName })), onError: form.setFailure })}
      removing={remove.isPending}
      addTitle={t('participations.add')}
      addButton={t('participations.addButton')}
      adding={add.isPending}
      formId={FORM_ID}
      form={form}
      labels={labels}
      onAdd={onAdd}
    >
      <EntityPicker
        id={fieldId(FORM_ID, 'organisationId')}
        label={labels.organisationId}
        searchLabel={t('participations.searchOrganisation')}
        source={organisationSource}
        value={organisationId}
        onChange={setOrganisationId}
        error={form.errorFor('organisationId')}
        allowEmpty={false}
      />
      <SelectField id={fieldId(FORM_ID, 'role')} label={labels.role} value={role} onChange={(e) => setRole(e.target.value)} error={form.errorFor('role')}>
        <ChoiceOptions values={PARTICIPATION_ROLES} label={(r) => t(`participationRole.${r}`)} />
      </SelectField>
      <Textfield id={fieldId(FORM_ID, 'note')} label={labels.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.errorFor('note')} />
    </LinkedRecordsEditor>
  );
}
