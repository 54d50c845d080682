import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, ContactCreate, type Programme } from '../../../../shared/contracts/programmes';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { LinkedRecordsEditor } from '../../../components/forms/LinkedRecordsEditor';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { personSource } from '../../people/people.queries';
import { useAddContact, useRemoveContact } from '../programmes.queries';

const FORM_ID = 'contact-new';

/** The programme's contact people by role, with add and remove. */
export function ContactsEditor({ programme, onMessage }: { programme: Programme; onMessage(text: string): void }) {
  const { t } = useTranslation();
  const add = useAddContact(programme.id);
  const remove = useRemoveContact(programme.id);
  const form = useFormErrors();
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const labels = { personId: t('contacts.person'), role: t('contacts.role') };

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    // New contacts go last within their role; the public page lists each role in this order.
    const sortOrder = programme.contacts.filter((c) => c.role === role).length;
    const parsed = validate(ContactCreate, { personId: personId ?? undefined, role: role || undefined, sortOrder });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    add.mutate(parsed.data, {
      onSuccess: () => {
        setPersonId(null);
        onMessage(t('contacts.added'));
      },
      onError: form.setFailure,
    });
  };

  return (
    <LinkedRecordsEditor
      id="contacts"
      title={t('contacts.title')}
      empty={t('contacts.none')}
      rows={programme.contacts}
      rowKey={(r) => r.id}
      columns={[
        { header: labels.personId, cell: (c) => c.name },
        { header: labels.role, cell: (c) => t(`contactRole.${c.role}`) },
        { header: t('people.titleField'), cell: (c) => c.title },
      ]}
      removeLabel={(c) => t('contacts.removeNamed', { name: c.name, role: t(`contactRole.${c.role}`) })}
      onRemove={(c) => remove.mutate(c.id, { onSuccess: () => onMessage(t('contacts.removed', { name: c.name })), onError: form.setFailure })}
      removing={remove.isPending}
      addTitle={t('contacts.add')}
      addButton={t('contacts.addButton')}
      adding={add.isPending}
      formId={FORM_ID}
      form={form}
      labels={labels}
      onAdd={onAdd}
    >
      <EntityPicker
        id={fieldId(FORM_ID, 'personId')}
        label={labels.personId}
        searchLabel={t('contacts.searchPerson')}
        source={personSource}
        value={personId}
        onChange={setPersonId}
        error={form.errorFor('personId')}
        allowEmpty={false}
      />
      <SelectField id={fieldId(FORM_ID, 'role')} label={labels.role} value={role} onChange={(e) => setRole(e.target.value)} error={form.errorFor('role')}>
        <ChoiceOptions values={CONTACT_ROLES} label={(r) => t(`contactRole.${r}`)} />
      </SelectField>
    </LinkedRecordsEditor>
  );
}
