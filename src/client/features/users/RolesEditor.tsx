import { useState, type FormEvent } from 'react';
import { LANGUAGE_INFO, type StandardLanguage } from '../../../shared/domain/standards';
import { TranslatorLanguages } from './TranslatorLanguages';
import { useTranslation } from '../../app/translation';
import { PROGRAMME_ROLES, RoleAssign, type User } from '../../../shared/contracts/users';
import { canInProgramme, programmesWhere, type MeUser } from '../../app/permissions';
import { fieldId, validate } from '../../components/forms/form-errors';
import { LinkedRecordsEditor } from '../../components/forms/LinkedRecordsEditor';
import { ChoiceOptions, SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { useProgrammes } from '../programmes/programmes.queries';
import { ProgrammeSelect } from '../programmes/ProgrammeSelect';
import { useAssignRole, useRevokeRole } from './users.queries';
import { LocalizedInline } from '../../components/LocalizedText';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';

const FORM_ID = 'role-new';

/** The user's roles per programme; only programmes the current user administers can be changed. */
export function RolesEditor({ me, user, onMessage }: { me: MeUser; user: User; onMessage(text: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const programmes = useProgrammes();
  const all = programmes.data ?? [];
  const mine = programmesWhere(me, 'role.manage', all);
  const assign = useAssignRole(user.id);
  const revoke = useRevokeRole(user.id);
  const form = useFormErrors();
  const [programmeId, setProgrammeId] = useState('');
  const [role, setRole] = useState('');
  const [languages, setLanguages] = useState<StandardLanguage[]>([]);
  const labels = { programmeId: t('users.programme'), role: t('users.role'), languages: t('users.languages') };

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(RoleAssign, { programmeId: programmeId || undefined, role: role || undefined, languages: role === 'translator' ? languages : [] });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    assign.mutate(parsed.data, { onSuccess: () => onMessage(t('users.roleGranted')), onError: form.setFailure });
  };

  return (
    <LinkedRecordsEditor
      id="roles"
      title={t('users.roles')}
      empty={t('users.noRoles')}
      rows={user.roles}
      rowKey={(r) => r.programmeId}
      columns={[
        { header: labels.programmeId, cell: (r) => <LocalizedInline text={r.programmeName} /> },
        {
          header: labels.role,
          cell: (r) => (
            <>
              {t(`programmeRole.${r.role}`)}
              {r.role === 'translator' && r.languages?.length ? ` (${r.languages.map((l) => (l in LANGUAGE_INFO ? LANGUAGE_INFO[l as StandardLanguage].name : l)).join(', ')})` : ''}
            </>
          ),
        },
      ]}
      canRemove={(r) => canInProgramme(me, 'role.manage', all, r.programmeId)}
      removeText={t('users.revoke')}
      removeLabel={(r) => t('users.revokeNamed', { programme: pickText(r.programmeName, locale).text })}
      onRemove={(r) => revoke.mutate(r.programmeId, { onSuccess: () => onMessage(t('users.roleRevoked')), onError: form.setFailure })}
      removing={revoke.isPending}
      canAdd={mine.length > 0}
      addTitle={t('users.grant')}
      addButton={t('users.grantButton')}
      adding={assign.isPending}
      formId={FORM_ID}
      form={form}
      labels={labels}
      onAdd={onAdd}
    >
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
        <ChoiceOptions values={PROGRAMME_ROLES} label={(r) => t(`programmeRole.${r}`)} />
      </SelectField>
      {role === 'translator' ? (
        // A translator edits the translations of the programme's standards in these languages only.
        <TranslatorLanguages id={fieldId(FORM_ID, 'languages')} value={languages} onChange={setLanguages} error={form.errorFor('languages')} />
      ) : null}
    </LinkedRecordsEditor>
  );
}
