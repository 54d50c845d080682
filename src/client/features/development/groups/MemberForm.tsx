import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { MemberInput, type GroupMember } from '../../../../shared/contracts/development';
import {
  ELECTED_ROLES,
  MEMBER_KINDS,
  MEMBER_ROLES,
  type MemberKind,
  type MemberRole,
} from '../../../../shared/domain/development';
import { LOCALES, type Locale } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { LOCALE_NAMES } from '../../../app/locale';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { useAddMember, useUpdateMember } from '../development.queries';
import { groupFieldMessages, showFailure } from './group-errors';

interface Values {
  name: string;
  email: string;
  role: MemberRole | '';
  kind: MemberKind | '';
  isContact: boolean;
  giveAccess: boolean;
  locale: Locale;
}

/**
 * Adds a member to the group or changes one (the office). "Give access" links the member to the
 * account with the e-mail address, or makes one and sends an invitation in the chosen language.
 */
export function MemberForm({
  groupId,
  member,
  onDone,
}: {
  groupId: string;
  member?: GroupMember;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const pageLocale = useLocale();
  const formId = member ? `member-${member.id}` : 'member-new';
  const form = useFormErrors();
  const add = useAddMember(groupId);
  const update = useUpdateMember();
  const [v, setV] = useState<Values>({
    name: member?.name ?? '',
    email: member?.email ?? '',
    role: member?.role ?? '',
    kind: member?.kind ?? '',
    isContact: member?.isContact ?? false,
    giveAccess: false,
    locale: pageLocale,
  });
  const labels = {
    name: t('developmentGroups.members.name'),
    email: t('developmentGroups.members.email'),
    role: t('developmentGroups.members.role'),
    kind: t('developmentGroups.members.kind'),
    isContact: t('developmentGroups.members.isContact'),
    giveAccess: t('developmentGroups.members.giveAccess'),
    locale: t('developmentGroups.members.locale'),
  };
  const [isKindChosen, setKindChosen] = useState(Boolean(member));
  const set = (patch: Partial<Values>) => setV((x) => ({ ...x, ...patch }));
  // The kind follows the role until someone chooses it: mayors and committee leaders are elected.
  const chooseRole = (role: MemberRole | '') =>
    set({
      role,
      ...(role && !isKindChosen
        ? { kind: ELECTED_ROLES.has(role) ? 'elected' : 'administrative' }
        : {}),
    });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(MemberInput, v);
    if (!parsed.ok) return form.setMessages(groupFieldMessages(parsed.messages));
    form.clear();
    try {
      if (member) {
        await update.mutateAsync({
          id: member.id,
          ...parsed.data,
          giveAccess: member.hasAccount ? false : parsed.data.giveAccess,
        });
        onDone(t('developmentGroups.members.saved', { name: parsed.data.name }));
      } else {
        await add.mutateAsync(parsed.data);
        onDone(t('developmentGroups.members.added', { name: parsed.data.name }));
        setV({
          name: '',
          email: '',
          role: '',
          kind: '',
          isContact: false,
          giveAccess: false,
          locale: pageLocale,
        });
        setKindChosen(false);
      }
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="stack-sm form subform">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <Textfield
        id={fieldId(formId, 'name')}
        label={labels.name}
        value={v.name}
        onChange={(e) => set({ name: e.target.value })}
        error={form.errorFor('name')}
        autoComplete="off"
      />
      <Textfield
        id={fieldId(formId, 'email')}
        label={labels.email}
        type="email"
        value={v.email}
        onChange={(e) => set({ email: e.target.value })}
        error={form.errorFor('email')}
        autoComplete="off"
      />
      <SelectField
        id={fieldId(formId, 'role')}
        label={labels.role}
        value={v.role}
        onChange={(e) => chooseRole(e.target.value as MemberRole | '')}
        error={form.errorFor('role')}
      >
        <ChoiceOptions
          values={MEMBER_ROLES}
          label={(r) => t(`developmentGroups.memberRole.${r}`)}
        />
      </SelectField>
      <SelectField
        id={fieldId(formId, 'kind')}
        label={labels.kind}
        value={v.kind}
        onChange={(e) => {
          setKindChosen(true);
          set({ kind: e.target.value as MemberKind | '' });
        }}
        error={form.errorFor('kind')}
      >
        <ChoiceOptions
          values={MEMBER_KINDS}
          label={(k) => t(`developmentGroups.memberKind.${k}`)}
        />
      </SelectField>
      <Checkbox
        id={fieldId(formId, 'isContact')}
        label={labels.isContact}
        description={t('developmentGroups.members.isContactHelp')}
        checked={v.isContact}
        onChange={(e) => set({ isContact: e.target.checked })}
      />
      {member?.hasAccount ? null : (
        <Checkbox
          id={fieldId(formId, 'giveAccess')}
          label={labels.giveAccess}
          description={t('developmentGroups.members.giveAccessHelp')}
          checked={v.giveAccess}
          onChange={(e) => set({ giveAccess: e.target.checked })}
        />
      )}
      {v.giveAccess && !member?.hasAccount ? (
        <SelectField
          id={fieldId(formId, 'locale')}
          label={labels.locale}
          value={v.locale}
          onChange={(e) => set({ locale: e.target.value as Locale })}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="form-actions">
        <Button type="submit" aria-disabled={add.isPending || update.isPending || undefined}>
          {member ? t('common.save') : t('developmentGroups.members.add')}
        </Button>
      </div>
    </form>
  );
}
