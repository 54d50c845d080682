import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_ROLES, RoleAssign, type User } from '../../../shared/contracts/users';
import { canInProgramme, programmesWhere, type MeUser } from '../../app/permissions';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { ScrollTable } from '../../components/ScrollTable';
import { useProgrammes } from '../programmes/programmes.queries';
import { ProgrammeSelect } from './ProgrammeSelect';
import { useAssignRole, useRevokeRole } from './users.queries';

const FORM_ID = 'role-new';

/** The user's roles per programme; only programmes the current user administers can be changed. */
export function RolesEditor({ me, user, onMessage }: { me: MeUser; user: User; onMessage(text: string): void }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const all = programmes.data ?? [];
  const mine = programmesWhere(me, 'role.manage', all);
  const assign = useAssignRole(user.id);
  const revoke = useRevokeRole(user.id);
  const form = useFormErrors();
  const [programmeId, setProgrammeId] = useState('');
  const [role, setRole] = useState('');
  const labels = { programmeId: t('users.programme'), role: t('users.role') };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(RoleAssign, { programmeId: programmeId || undefined, role: role || undefined });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    assign.mutate(parsed.data, { onSuccess: () => onMessage(t('users.roleGranted')), onError: form.setFailure });
  };

  return (
    <section aria-labelledby="roles-heading" className="stack">
      <Heading level={2} data-size="md" id="roles-heading">
        {t('users.roles')}
      </Heading>
      {user.roles.length === 0 ? (
        <Paragraph>{t('users.noRoles')}</Paragraph>
      ) : (
        <ScrollTable label={t('users.roles')}>
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('users.programme')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {user.roles.map((r) => (
                <Table.Row key={r.programmeId}>
                  <Table.Cell lang="nb">{r.programmeName}</Table.Cell>
                  <Table.Cell>{t(`programmeRole.${r.role}`)}</Table.Cell>
                  <Table.Cell>
                    {canInProgramme(me, 'role.manage', all, r.programmeId) ? (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        disabled={revoke.isPending}
                        aria-label={t('users.revokeNamed', { programme: r.programmeName })}
                        onClick={() => revoke.mutate(r.programmeId, { onSuccess: () => onMessage(t('users.roleRevoked')), onError: form.setFailure })}
                      >
                        {t('users.revoke')}
                      </Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      {mine.length > 0 ? (
        <form onSubmit={onSubmit} noValidate className="stack form subform" aria-labelledby="role-add-heading">
          <Heading level={3} data-size="xs" id="role-add-heading">
            {t('users.grant')}
          </Heading>
          <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
          <ProgrammeSelect
            id={fieldId(FORM_ID, 'programmeId')}
            label={labels.programmeId}
            programmes={mine}
            value={programmeId}
            emptyLabel={t('picker.choose')}
            onChange={(e) => setProgrammeId(e.target.value)}
            error={form.errorFor('programmeId')}
          />
          <SelectField id={fieldId(FORM_ID, 'role')} label={labels.role} value={role} onChange={(e) => setRole(e.target.value)} error={form.errorFor('role')}>
            <option value="">{t('picker.choose')}</option>
            {PROGRAMME_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`programmeRole.${r}`)}
              </option>
            ))}
          </SelectField>
          <div className="form-actions">
            <Button type="submit" variant="secondary" disabled={assign.isPending}>
              {assign.isPending ? t('common.saving') : t('users.grantButton')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
