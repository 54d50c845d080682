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
      texts={[
        { field: 'note', label: t('participations.note'), value: (p) => p.note },
        { field: 'noteNn', label: t('participations.noteNn'), description: t('participations.otherNoteHelp') },
        { field: 'noteEn', label: t('participations.noteEn'), description: t('participations.otherNoteHelp') },
      ]}
      schema={ParticipationCreate}
      body={({ entityId, role, texts }) => ({ organisationId: entityId, role, note: texts.note, noteNn: texts.noteNn, noteEn: texts.noteEn })}
      add={useAddParticipation(programme.id)}
      remove={useRemoveParticipation(programme.id)}
      groupByRole={(r) => t(`participationGroup.${r}`)}
    />
  );
}
