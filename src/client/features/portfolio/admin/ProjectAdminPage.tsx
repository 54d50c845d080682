import { useState } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import type { Project, ProjectUpdate } from '../../../../shared/contracts/projects';
import { useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { useDeleteProject, useProject, useUpdateProject } from '../portfolio.queries';
import { projectPath } from '../public/portfolio-paths';
import { projectValues } from './project-form-values';
import { ProjectFactsForm } from './ProjectFactsForm';
import { BudgetEditor, MilestonesEditor, PartnersEditor } from './PartsEditors';
import { LinksEditor } from './LinksEditor';
import { ChangeRequestsSection } from './changes/ChangeRequestsSection';
import { isAboveThreshold, type ChangeProposal } from './changes/change-proposal';
import { StatusReportsSection } from '../../reports/admin/StatusReportsSection';
import { CompletionReportSection } from '../../reports/admin/CompletionReportSection';
import { BenefitsSection } from '../../benefits/BenefitsSection';
import '../portfolio.css';
import '../../governance/admin/governance-admin.css';

/** A project for those who keep it: its facts and publication, partners, budget, milestones and links. */
export function ProjectAdminPage({ user }: { user: MeUser }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const project = useProject(id);
  void user;
  if (project.isPending) return <Loading />;
  if (project.isError) return <QueryFailure error={project.error} />;
  if (!project.data.canEdit) return <NoAccess message={t('portfolio.admin.noAccess')} />;
  return <ProjectAdmin project={project.data} />;
}

function ProjectAdmin({ project }: { project: Project }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const title = useLocalized(project.title);
  const update = useUpdateProject(project.id);
  const remove = useDeleteProject(project.id);
  const [saved, setSaved] = useState<string | null>(null);
  // A change the forms could not save alone, waiting to be asked of the board.
  const [proposal, setProposal] = useState<ChangeProposal | null>(null);
  const propose = (p: ChangeProposal) => {
    setProposal(p);
    // The refusal is told at the field; the request form is where the user goes next.
    requestAnimationFrame(() => document.getElementById('change-request-heading')?.scrollIntoView({ block: 'center' }));
  };
  const back = `/admin/program/${project.programme.slug}/prosjekter`;
  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={back}>{t('portfolio.admin.back')}</AppLink>
        {project.isPublished ? (
          <>
            {' · '}
            <AppLink to={projectPath(project.programme.slug, project.id)}>{t('portfolio.admin.viewPublic')}</AppLink>
          </>
        ) : null}
      </Paragraph>
      <PageHeading title={`${title.text} – ${t('portfolio.admin.edit')}`} lang={title.lang}>
        {title.text}
      </PageHeading>
      <StatusMessage message={saved} />
      <section aria-labelledby="project-facts-heading" className="stack-sm">
        <Heading level={2} data-size="sm" id="project-facts-heading">
          {t('portfolio.admin.facts')}
        </Heading>
        <ProjectFactsForm
          // A saved change gives the form the stored values (the revision changes with it).
          key={project.revision}
          formId="project-facts"
          mode="update"
          canManage={project.canManage}
          initial={projectValues(project)}
          submitLabel={t('portfolio.admin.save')}
          saving={update.isPending}
          onSave={async (data) => {
            setSaved(null);
            try {
              await update.mutateAsync(data as ProjectUpdate);
            } catch (err) {
              if (isAboveThreshold(err)) propose({ startsOn: (data as ProjectUpdate).startsOn, endsOn: (data as ProjectUpdate).endsOn });
              throw err;
            }
            setSaved(t('portfolio.admin.saved'));
          }}
        />
      </section>
      {/* Each part keeps what was written in it; its save answers with the stored project. */}
      <PartnersEditor project={project} />
      <BudgetEditor project={project} onAboveThreshold={propose} />
      <ChangeRequestsSection project={project} proposal={proposal} onProposalUsed={() => setProposal(null)} />
      <MilestonesEditor project={project} />
      <LinksEditor project={project} />
      <StatusReportsSection project={project} />
      <CompletionReportSection project={project} />
      <BenefitsSection project={project} />
      {project.canManage ? (
        <section aria-labelledby="project-delete-heading" className="stack-sm">
          <Heading level={2} data-size="sm" id="project-delete-heading">
            {t('portfolio.admin.delete')}
          </Heading>
          <ConfirmDelete name={title.text} pending={remove.isPending} error={remove.error} onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(href(back)) })} />
        </section>
      ) : null}
    </div>
  );
}
