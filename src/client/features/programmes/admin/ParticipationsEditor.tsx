import { useTranslation } from '../../../app/translation';
import { PARTICIPATION_ROLES, ParticipationCreate, type Programme } from '../../../../shared/contracts/programmes';
import { organisationSource } from '../../organisations/organisations.queries';
import { useAddParticipation, useRemoveParticipation } from '../programmes.queries';
import { RoleLinkEditor } from './RoleLinkEditor';

/** The organisations taking part in the programme and their part, with add and remove. */
export function ParticipationsEditor({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  return (
    <RoleLinkEditor
      ns="participations"
      formId="participation-new"
      rows={programme.participations}
      entity={{
        field: 'organisationId',
        label: t('participations.organisation'),
        searchLabel: t('participations.searchOrganisation'),
        source: organisationSource,
        name: (p) => p.organisationName,
      }}
      roles={PARTICIPATION_ROLES}
      roleLabel={(r) => t(`participationRole.${r}`)}
      text={{ field: 'note', label: t('participations.note'), value: (p) => p.note }}
      schema={ParticipationCreate}
      body={({ entityId, role, text }) => ({ organisationId: entityId, role, note: text })}
      add={useAddParticipation(programme.id)}
      remove={useRemoveParticipation(programme.id)}
      groupByRole={(r) => t(`participationGroup.${r}`)}
    />
  );
}
