import { useTranslation } from '../../../app/translation';
import { CONTACT_ROLES, ContactCreate, type Programme } from '../../../../shared/contracts/programmes';
import { personSource } from '../../people/people.queries';
import { useAddContact, useRemoveContact } from '../programmes.queries';
import { RoleLinkEditor } from './RoleLinkEditor';

/** The programme's contact people by role, with add and remove. */
export function ContactsEditor({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  return (
    <RoleLinkEditor
      ns="contacts"
      formId="contact-new"
      rows={programme.contacts}
      entity={{ field: 'personId', label: t('contacts.person'), searchLabel: t('contacts.searchPerson'), source: personSource, name: (c) => c.name }}
      roles={CONTACT_ROLES}
      roleLabel={(r) => t(`contactRole.${r}`)}
      shown={[{ header: t('people.titleField'), cell: (c) => c.title }]}
      schema={ContactCreate}
      // New contacts go last within their role; the public page lists each role in this order.
      body={({ entityId, role }) => ({ personId: entityId, role, sortOrder: programme.contacts.filter((c) => c.role === role).length })}
      add={useAddContact(programme.id)}
      remove={useRemoveContact(programme.id)}
    />
  );
}
