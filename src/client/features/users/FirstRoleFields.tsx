import { useTranslation } from '../../app/translation';
import { PROGRAMME_ROLES } from '../../../shared/contracts/users';
import { can, PLATFORM, programmesWhere, type MeUser } from '../../app/permissions';
import { ChoiceOptions, SelectField } from '../../components/forms/SelectField';
import { useProgrammes } from '../programmes/programmes.queries';
import { ProgrammeSelect } from '../programmes/ProgrammeSelect';
import { TranslatorLanguages } from './TranslatorLanguages';
import type { StandardLanguage } from '../../../shared/domain/standards';

export interface FirstRole {
  programmeId: string;
  role: string;
  /** A translator's languages. */
  languages: StandardLanguage[];
}

interface Props {
  me: MeUser;
  ids: { programmeId: string; role: string; languages: string };
  labels: { programmeId: string; role: string };
  value: FirstRole;
  onChange(value: FirstRole): void;
  errorFor(field: 'programmeId' | 'role' | 'languages'): string | undefined;
}

/**
 * The programme and role a new account gets. A secretariat must choose one of the programmes it
 * administers (an account without a role there is not one it could see again); a platform
 * administrator may create an account without one.
 */
export function FirstRoleFields({ me, ids, labels, value, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const mine = programmesWhere(me, 'role.manage', programmes.data ?? []);
  const optional = can(me, 'user.create', PLATFORM);
  return (
    <>
      <ProgrammeSelect
        id={ids.programmeId}
        label={labels.programmeId}
        description={t('users.firstRoleHelp')}
        programmes={mine}
        value={value.programmeId}
        emptyLabel={optional ? t('users.noFirstRole') : t('picker.choose')}
        onChange={(e) => onChange({ ...value, programmeId: e.target.value })}
        error={errorFor('programmeId')}
      />
      {value.programmeId !== '' || !optional ? (
        <SelectField id={ids.role} label={labels.role} value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value })} error={errorFor('role')}>
          <ChoiceOptions values={PROGRAMME_ROLES} label={(r) => t(`programmeRole.${r}`)} />
        </SelectField>
      ) : null}
      {value.programmeId !== '' && value.role === 'translator' ? <TranslatorLanguages id={ids.languages} value={value.languages} onChange={(languages) => onChange({ ...value, languages })} error={errorFor('languages')} /> : null}
    </>
  );
}
