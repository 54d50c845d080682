import { useState } from 'react';
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
import { StatusMessage } from '../../../components/StatusMessage';
import { useDeleteProgramme, useProgramme, useProgrammes, useUpdateProgramme } from '../programmes.queries';
import { buildProgrammeTree, flattenTree } from '../tree';
import { useProgrammeCompare } from '../use-programme-sort';
import { ContactsEditor } from './ContactsEditor';
import { ParticipationsEditor } from './ParticipationsEditor';
import { programmeValues } from './programme-form-values';
import { ProgrammeForm } from './ProgrammeForm';

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

function ProgrammeEditor({ programme, user }: { programme: Programme; user: MeUser }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const programmes = useProgrammes();
  const compare = useProgrammeCompare();
  const update = useUpdateProgramme(programme.id);
  const remove = useDeleteProgramme(programme.id);
  const name = useLocalized(programme.name);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [message, setMessage] = useState<string | null>(justCreated ? t('admin.programmes.created') : null);

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

  return (
    <div className="stack">
      <PageHeading title={t('admin.programmes.editTitle', { name: name.text })} />
      <Paragraph>
        <AppLink to={`/program/${programme.slug}`}>{t('admin.programmes.viewPublic')}</AppLink>
      </Paragraph>
      <StatusMessage message={message} />

      <section aria-labelledby="details-heading" className="stack">
        <Heading level={2} data-size="md" id="details-heading">
          {t('admin.programmes.details')}
        </Heading>
        <ProgrammeForm
          formId="programme-edit"
          mode="edit"
          initial={programmeValues(programme)}
          parents={parents}
          allowTopLevel={can(user, 'programme.create', PLATFORM)}
          saving={update.isPending}
          onSave={async (data) => {
            setMessage(null);
            const saved = await update.mutateAsync(data);
            setMessage(t('common.saved'));
            if (saved.slug !== programme.slug) navigate(href(`/admin/program/${saved.slug}`), { replace: true });
          }}
        />
      </section>

      <section aria-labelledby="knowledge-heading" className="stack">
        <Heading level={2} data-size="md" id="knowledge-heading">
          {t('admin.programmes.knowledge')}
        </Heading>
        <ul className="plain-list stack-sm">
          <li>
            <AppLink to={`/admin/program/${programme.slug}/mal`}>{t('admin.programmes.goalsLink')}</AppLink>
          </li>
          <li>
            <AppLink to={`/admin/program/${programme.slug}/statistikk`}>{t('admin.programmes.statisticsLink')}</AppLink>
          </li>
        </ul>
      </section>

      <ParticipationsEditor programme={programme} onMessage={setMessage} />
      <ContactsEditor programme={programme} onMessage={setMessage} />

      <section aria-labelledby="children-heading" className="stack">
        <Heading level={2} data-size="md" id="children-heading">
          {t('programme.subProgrammes')}
        </Heading>
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
      </section>

      {canInProgramme(user, 'programme.delete', all, programme.id) && programme.children.length === 0 ? (
        <section aria-labelledby="delete-heading" className="stack">
          <Heading level={2} data-size="md" id="delete-heading">
            {t('admin.programmes.delete')}
          </Heading>
          <ConfirmDelete
            name={name.text}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(href('/admin/program')) })}
          />
        </section>
      ) : null}
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
