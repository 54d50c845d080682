import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../../app/translation';
import { useLocalePath } from '../../../app/locale-context';
import { can, PLATFORM, programmesWhere, type MeUser } from '../../../app/permissions';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { LoadFailed } from '../../../components/LoadFailed';
import { useCreateProgramme, useProgrammes } from '../programmes.queries';
import { buildProgrammeTree, flattenTree } from '../tree';
import { useProgrammeCompare } from '../use-programme-sort';
import { emptyProgrammeValues } from './programme-form-values';
import { ProgrammeForm } from './ProgrammeForm';

/** What a new programme needs; its purpose and goals are written in their parts of the edit page, which opens next. */
const CREATE_PARTS = ['basics', 'summary', 'publication'] as const;

export function ProgrammeCreatePage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const href = useLocalePath();
  const programmes = useProgrammes();
  const compare = useProgrammeCompare();
  const create = useCreateProgramme();

  if (programmes.isPending) return <Loading />;
  if (programmes.isError) return <LoadFailed error={programmes.error} />;

  const parents = flattenTree(buildProgrammeTree(programmesWhere(user, 'programme.create', programmes.data), compare));
  const requested = params.get('parent');
  const parentId = requested && parents.some((p) => p.programme.id === requested) ? requested : null;
  const admin = can(user, 'programme.create', PLATFORM);

  return (
    <div className="stack">
      <PageHeading title={t('admin.programmes.newTitle')} />
      {!admin && parents.length === 0 ? (
        <Alert data-color="warning">
          <Paragraph>{t('admin.programmes.cannotCreate')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{admin ? t('admin.programmes.newIntroAdmin') : t('admin.programmes.newIntro')}</Paragraph>
          <Paragraph>{t('admin.programmes.newTextsLater')}</Paragraph>
          <ProgrammeForm
            formId="programme-new"
            mode="create"
            parts={CREATE_PARTS}
            initial={emptyProgrammeValues(parentId)}
            parents={parents}
            allowTopLevel={admin}
            saving={create.isPending}
            onSave={async (data) => {
              const created = await create.mutateAsync(data);
              navigate(href(`/admin/program/${created.slug}`), { state: { created: true } });
            }}
          />
        </>
      )}
    </div>
  );
}
