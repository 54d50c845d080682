import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from '../../../app/translation';
import type { Programme, ProgrammeSummary } from '../../../../shared/contracts/programmes';
import { useLocalePath } from '../../../app/locale-context';
import { useUpdateProgramme } from '../programmes.queries';
import { programmeValues, type ProgrammePart } from './programme-form-values';
import { ProgrammeForm } from './ProgrammeForm';

interface PartProps {
  programme: Programme;
  part: ProgrammePart;
  submitLabel: string;
  parents?: { programme: ProgrammeSummary; depth: number }[];
  allowTopLevel?: boolean;
}

/** One part of the programme, saved on its own: only its fields are sent. */
export function ProgrammePartForm({ programme, part, submitLabel, parents, allowTopLevel }: PartProps) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const update = useUpdateProgramme(programme.id);
  // A new address opens the page afresh: the form it was saved from says so again there.
  const savedPart = (location.state as { savedPart?: string } | null)?.savedPart;
  return (
    <ProgrammeForm
      formId={`programme-${part}`}
      mode="edit"
      parts={[part]}
      initial={programmeValues(programme)}
      parents={parents}
      allowTopLevel={allowTopLevel}
      saving={update.isPending}
      submitLabel={submitLabel}
      initialStatus={savedPart === part ? t('common.saved') : null}
      onSave={async (data) => {
        const saved = await update.mutateAsync(data);
        if (saved.slug !== programme.slug) navigate(href(`/admin/program/${saved.slug}`), { replace: true, state: { savedPart: part } });
      }}
    />
  );
}

/** The public page's texts, each in bokmål, nynorsk and English, each saved on its own. */
export function ProgrammeTextForms({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  return (
    <>
      <ProgrammePartForm programme={programme} part="summary" submitLabel={t('programmeEdit.save.summary')} />
      <ProgrammePartForm programme={programme} part="purpose" submitLabel={t('programmeEdit.save.purpose')} />
      <ProgrammePartForm programme={programme} part="goalText" submitLabel={t('programmeEdit.save.goalText')} />
    </>
  );
}
