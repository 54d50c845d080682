import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../../app/translation';
import type { BodyDetail } from '../../../../shared/contracts/governance-bodies';
import { useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { AppLink } from '../../../components/AppLink';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { SectionNav, type PageSection } from '../../../components/SectionNav';
import { StatusMessage } from '../../../components/StatusMessage';
import { AdminSection } from './AdminSection';
import { bodyValues } from './body-form-values';
import { BodyForm } from './BodyForm';
import { CasesSection } from './CasesSection';
import { useBodies, useBody, useDeleteBody, useUpdateBody } from './governance-admin.queries';
import { MandateSection } from './MandateSection';
import { MeetingsWheel } from './MeetingsWheel';
import { MembersSection } from './MembersSection';
import { QueryFailure } from '../../../components/ProgrammeGate';
import '../../programmes/admin/programme-admin.css';
import './governance-admin.css';

/** One body for its secretariat: its record, members, mandate, meetings of the year and cases. */
export function BodyAdminPage(_: { user: MeUser }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const body = useBody(id);
  if (body.isPending) return <Loading />;
  if (body.isError) return <QueryFailure error={body.error} />;
  if (!body.data.access.canManage) return <NoAccess message={t('governanceAdmin.noAccess')} />;
  return <BodyAdmin key={id} detail={body.data} />;
}

function BodyAdmin({ detail }: { detail: BodyDetail }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const { body, programme } = detail;
  const name = useLocalized(body.name);
  const programmeName = useLocalized(programme.name);
  const bodies = useBodies(programme.id);
  const update = useUpdateBody(body.id);
  const remove = useDeleteBody(body.id);
  const [saved, setSaved] = useState<string | null>((location.state as { created?: boolean } | null)?.created ? t('governanceAdmin.bodies.created') : null);

  const sections: PageSection[] = [
    { id: 'body-basics', title: t('governanceAdmin.body.section') },
    { id: 'body-members', title: t('governanceAdmin.members.title') },
    { id: 'body-mandate', title: t('governanceAdmin.mandate.title') },
    { id: 'body-meetings', title: t('governanceAdmin.meetings.title') },
    { id: 'body-cases', title: t('governanceAdmin.cases.title') },
    { id: 'body-delete', title: t('governanceAdmin.body.delete') },
  ];

  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}/styring`}>{t('governanceAdmin.backToBodies', { name: programmeName.text })}</AppLink>
      </Paragraph>
      <PageHeading title={t('governanceAdmin.body.pageTitle', { name: name.text })}>{name.text}</PageHeading>
      <Paragraph>{t(`governanceAdmin.bodyKind.${body.kind}`)}</Paragraph>
      <StatusMessage message={saved} />
      <div className="programme-edit">
        <SectionNav label={t('governanceAdmin.body.sectionsLabel')} sections={sections} />
        <div className="programme-edit-sections stack">
          <AdminSection id="body-basics" title={t('governanceAdmin.body.section')}>
            <BodyForm
              formId="body-edit"
              initial={bodyValues(body)}
              parents={(bodies.data?.bodies ?? []).filter((b) => b.id !== body.id)}
              submitLabel={t('common.save')}
              saving={update.isPending}
              onSave={async (data) => {
                setSaved(null);
                await update.mutateAsync(data);
                setSaved(t('common.saved'));
              }}
            />
          </AdminSection>
          <MembersSection detail={detail} />
          <MandateSection detail={detail} />
          <MeetingsWheel body={body} />
          <CasesSection detail={detail} bodies={bodies.data?.bodies ?? []} />
          <AdminSection id="body-delete" title={t('governanceAdmin.body.delete')}>
            <Paragraph>{t('governanceAdmin.body.deleteHelp')}</Paragraph>
            <ConfirmDelete
              name={name.text}
              pending={remove.isPending}
              error={remove.error}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(href(`/admin/program/${programme.slug}/styring`)) })}
            />
          </AdminSection>
        </div>
      </div>
    </div>
  );
}
