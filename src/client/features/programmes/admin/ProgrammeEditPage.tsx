import type { ReactNode } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../../app/translation';
import type { Programme } from '../../../../shared/contracts/programmes';
import { isApiError } from '../../../app/api';
import { useLocalePath } from '../../../app/locale-context';
import { can, canInProgramme, PLATFORM, programmesWhere, type MeUser } from '../../../app/permissions';
import { AppLink } from '../../../components/AppLink';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { LoadFailed } from '../../../components/LoadFailed';
import { SectionNav, type PageSection } from '../../../components/SectionNav';
import { StatusMessage } from '../../../components/StatusMessage';
import { useDeleteProgramme, useProgramme, useProgrammes } from '../programmes.queries';
import { buildProgrammeTree, flattenTree } from '../tree';
import { useProgrammeCompare } from '../use-programme-sort';
import { ContactsEditor } from './ContactsEditor';
import { ParticipationsEditor } from './ParticipationsEditor';
import { ProgrammePartForm, ProgrammeTextForms } from './ProgrammePartForms';
import './programme-admin.css';

export function ProgrammeEditPage({ user }: { user: MeUser }) {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const programmes = useProgrammes();

  if (programme.isPending || programmes.isPending) return <Loading />;
  if (programme.isError) {
    if (isApiError(programme.error) && programme.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={programme.error} />;
  }
  if (programmes.isError) return <LoadFailed error={programmes.error} />;
  if (!canInProgramme(user, 'programme.update', programmes.data, programme.data.id)) {
    return <NoAccess message={t('noAccess.programme')} />;
  }
  return <ProgrammeEditor key={programme.data.id} programme={programme.data} user={user} />;
}

/** A section of the edit page: its heading takes focus from the section links. */
function EditSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="stack edit-section">
      <Heading level={2} data-size="md" id={`${id}-heading`} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * The programme's edit page in parts, each saved on its own with its message beside its button:
 * the basics, the public texts, the organisations and contacts, goals and statistics,
 * sub-programmes, publication. Links to the parts stay in view beside them on wide screens.
 */
function ProgrammeEditor({ programme, user }: { programme: Programme; user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const programmes = useProgrammes();
  const compare = useProgrammeCompare();
  const remove = useDeleteProgramme(programme.id);
  const name = useLocalized(programme.name);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;

  // A programme cannot move under itself or its own sub-programmes. Its current parent stays a
  // choice even when the user does not administer it, so saving other fields keeps it in place.
  const all = programmes.data ?? [];
  const descendants = descendantIds(all, programme.id);
  const parents = flattenTree(buildProgrammeTree(programmesWhere(user, 'programme.create', all), compare)).filter(
    (r) => !descendants.has(r.programme.id),
  );
  const currentParent = all.find((p) => p.id === programme.parentId);
  if (currentParent && !parents.some((r) => r.programme.id === currentParent.id)) {
    parents.unshift({ programme: currentParent, depth: 0 });
  }
  const canDelete = canInProgramme(user, 'programme.delete', all, programme.id) && programme.children.length === 0;

  const sections: PageSection[] = [
    { id: 'programme-basics', title: t('programmeEdit.section.basics') },
    { id: 'programme-texts', title: t('programmeEdit.section.texts') },
    { id: 'participations', title: t('participations.title') },
    { id: 'contacts', title: t('contacts.title') },
    { id: 'programme-knowledge', title: t('admin.programmes.knowledge') },
    { id: 'programme-children', title: t('programme.subProgrammes') },
    { id: 'programme-publication', title: t('programmeEdit.section.publication') },
    ...(canDelete ? [{ id: 'programme-delete', title: t('admin.programmes.delete') }] : []),
  ];

  return (
    <div className="stack">
      <PageHeading title={t('admin.programmes.editTitle', { name: name.text })} />
      <Paragraph>
        <AppLink to={`/program/${programme.slug}`}>{t('admin.programmes.viewPublic')}</AppLink>
      </Paragraph>
      <StatusMessage message={justCreated ? t('admin.programmes.created') : null} />

      <div className="programme-edit">
        <SectionNav label={t('programmeEdit.sectionsLabel')} sections={sections} />
        <div className="programme-edit-sections stack">
          <EditSection id="programme-basics" title={t('programmeEdit.section.basics')}>
            <ProgrammePartForm
              programme={programme}
              part="basics"
              submitLabel={t('programmeEdit.save.basics')}
              parents={parents}
              allowTopLevel={can(user, 'programme.create', PLATFORM)}
            />
          </EditSection>

          <EditSection id="programme-texts" title={t('programmeEdit.section.texts')}>
            <Paragraph>{t('programmeEdit.textsHelp')}</Paragraph>
            <ProgrammeTextForms programme={programme} />
          </EditSection>

          <ParticipationsEditor programme={programme} />
          <ContactsEditor programme={programme} />

          <EditSection id="programme-knowledge" title={t('admin.programmes.knowledge')}>
            <ul className="plain-list stack-sm">
              <li>
                <AppLink to={`/admin/program/${programme.slug}/mal`}>{t('admin.programmes.goalsLink')}</AppLink>
              </li>
              <li>
                <AppLink to={`/admin/program/${programme.slug}/statistikk`}>{t('admin.programmes.statisticsLink')}</AppLink>
              </li>
              {canInProgramme(user, 'governance.manage', all, programme.id) ? (
                <li>
                  <AppLink to={`/admin/program/${programme.slug}/styring`}>{t('governanceAdmin.programmeLink')}</AppLink>
                </li>
              ) : null}
              <li>
                <AppLink to={`/admin/program/${programme.slug}/prosjekter`}>{t('portfolio.admin.programmeLink')}</AppLink>
              </li>
              <li>
                <AppLink to={`/admin/program/${programme.slug}/innhold`}>{t('content.admin.link')}</AppLink>
              </li>
              {canInProgramme(user, 'portfolio.manage', all, programme.id) ? (
                <li>
                  <AppLink to={`/admin/program/${programme.slug}/utlysninger`}>{t('callsAdmin.programmeLink')}</AppLink>
                </li>
              ) : null}
              <li>
                <AppLink to={`/admin/program/${programme.slug}/dokumenter`}>{t('documents.admin.open')}</AppLink>
              </li>
              {programme.kind === 'development_programme' && canInProgramme(user, 'development.manage', all, programme.id) ? (
                <li>
                  <AppLink to={`/admin/program/${programme.slug}/utvikling`}>{t('development.office.programmeLink')}</AppLink>
                </li>
              ) : null}
              {canInProgramme(user, 'event.manage', all, programme.id) ? (
                <li>
                  <AppLink to={`/admin/program/${programme.slug}/arrangementer`}>{t('events.admin.programmeLink')}</AppLink>
                </li>
              ) : null}
              {canInProgramme(user, 'portfolio.readBenefits', all, programme.id) ? (
                <li>
                  <AppLink to={`/admin/program/${programme.slug}/gevinster`}>{t('benefits.overview.programmeLink')}</AppLink>
                </li>
              ) : null}
            </ul>
          </EditSection>

          <EditSection id="programme-children" title={t('programme.subProgrammes')}>
            {programme.children.length === 0 ? <Paragraph>{t('admin.programmes.noChildren')}</Paragraph> : null}
            <ul className="plain-list stack-sm">
              {programme.children.map((c) => (
                <li key={c.id}>
                  <ChildLink slug={c.slug} name={c.name} />
                </li>
              ))}
            </ul>
            <div>
              <Button asChild variant="secondary">
                <RouterLink to={href(`/admin/program/ny?parent=${programme.id}`)}>{t('admin.programmes.newChild')}</RouterLink>
              </Button>
            </div>
          </EditSection>

          <EditSection id="programme-publication" title={t('programmeEdit.section.publication')}>
            <ProgrammePartForm programme={programme} part="publication" submitLabel={t('programmeEdit.save.publication')} />
          </EditSection>

          {canDelete ? (
            <EditSection id="programme-delete" title={t('admin.programmes.delete')}>
              <ConfirmDelete
                name={name.text}
                pending={remove.isPending}
                error={remove.error}
                onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(href('/admin/program')) })}
              />
            </EditSection>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function ChildLink({ slug, name }: { slug: string; name: Programme['name'] }) {
  const text = useLocalized(name);
  return (
    <AppLink to={`/admin/program/${slug}`} lang={text.lang}>
      {text.text}
    </AppLink>
  );
}

function descendantIds(list: readonly { id: string; parentId: string | null }[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of list) {
      if (p.parentId && out.has(p.parentId) && !out.has(p.id)) {
        out.add(p.id);
        grew = true;
      }
    }
  }
  return out;
}
