import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, ContactCreate, type Programme } from '../../../../shared/contracts/programmes';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { ScrollTable } from '../../../components/ScrollTable';
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

  const onSubmit = (e: FormEvent) => {
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
    <section aria-labelledby="contacts-heading" className="stack">
      <Heading level={2} data-size="md" id="contacts-heading">
        {t('contacts.title')}
      </Heading>
      {programme.contacts.length === 0 ? (
        <Paragraph>{t('contacts.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('contacts.title')}>
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{labels.personId}</Table.HeaderCell>
                <Table.HeaderCell>{labels.role}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.titleField')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {programme.contacts.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>{c.name}</Table.Cell>
                  <Table.Cell>{t(`contactRole.${c.role}`)}</Table.Cell>
                  <Table.Cell>{c.title}</Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      disabled={remove.isPending}
                      aria-label={t('contacts.removeNamed', { name: c.name, role: t(`contactRole.${c.role}`) })}
                      onClick={() =>
                        remove.mutate(c.id, {
                          onSuccess: () => onMessage(t('contacts.removed', { name: c.name })),
                          onError: form.setFailure,
                        })
                      }
                    >
                      {t('common.remove')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      <form onSubmit={onSubmit} noValidate className="stack form subform" aria-labelledby="contact-add-heading">
        <Heading level={3} data-size="xs" id="contact-add-heading">
          {t('contacts.add')}
        </Heading>
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
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
          <option value="">{t('picker.choose')}</option>
          {CONTACT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`contactRole.${r}`)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <Button type="submit" variant="secondary" disabled={add.isPending}>
            {add.isPending ? t('common.saving') : t('contacts.addButton')}
          </Button>
        </div>
      </form>
    </section>
  );
}
