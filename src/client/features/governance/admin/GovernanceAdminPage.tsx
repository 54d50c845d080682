import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../../app/translation';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { LoadFailed } from '../../../components/LoadFailed';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ScrollTable } from '../../../components/ScrollTable';
import { emptyBodyValues } from './body-form-values';
import { BodyForm } from './BodyForm';
import { useBodies, useCreateBody } from './governance-admin.queries';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { NoticeDaysForm } from './NoticeDaysForm';
import { ActionProgrammesSection } from '../action-programmes/ActionProgrammesSection';
import './governance-admin.css';

/** The programme's bodies for its secretariat: the list, and a new body. */
export function GovernanceAdminPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user}>{(programme) => <BodiesAdmin programme={programme} />}</ProgrammeGate>;
}

function BodiesAdmin({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const name = useLocalized(programme.name);
  const bodies = useBodies(programme.id);
  const create = useCreateBody(programme.id);
  const [creating, setCreating] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasCreating = useRef(false);
  useEffect(() => {
    if (creating) formHeading.current?.focus();
    else if (wasCreating.current) openButton.current?.focus();
    wasCreating.current = creating;
  }, [creating]);

  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{t('governanceAdmin.backToProgramme', { name: name.text })}</AppLink>
      </Paragraph>
      <PageHeading title={t('governanceAdmin.bodies.pageTitle', { name: name.text })}>{t('governanceAdmin.bodies.title')}</PageHeading>
      <Paragraph>{t('governanceAdmin.bodies.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/admin/program/${programme.slug}/oppfolging`}>{t('governanceAdmin.actions.link')}</AppLink>
      </Paragraph>

      <section aria-labelledby="bodies-heading" className="stack">
        <Heading level={2} data-size="md" id="bodies-heading">
          {t('governanceAdmin.bodies.list')}
        </Heading>
        {bodies.isPending ? <Loading /> : null}
        {bodies.isError ? <LoadFailed error={bodies.error} /> : null}
        {bodies.data && bodies.data.bodies.length === 0 ? <Paragraph>{t('governanceAdmin.bodies.empty')}</Paragraph> : null}
        {bodies.data && bodies.data.bodies.length > 0 ? (
          <ScrollTable label={t('governanceAdmin.bodies.list')}>
            <Table zebra>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('governanceAdmin.body.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('governanceAdmin.body.kind')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('governanceAdmin.bodies.members')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('governanceAdmin.bodies.state')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {bodies.data.bodies.map((b) => (
                  <Table.Row key={b.id}>
                    <Table.Cell>
                      <AppLink to={`/admin/styringsorgan/${b.id}`}>
                        <LocalizedInline text={b.name} />
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell>{t(`governanceAdmin.bodyKind.${b.kind}`)}</Table.Cell>
                    <Table.Cell>{b.memberCount}</Table.Cell>
                    <Table.Cell>
                      <span className="tags">
                        <Tag data-size="sm" data-color={b.isActive ? 'success' : 'neutral'}>
                          {b.isActive ? t('governanceAdmin.bodies.active') : t('governanceAdmin.bodies.inactive')}
                        </Tag>
                        {b.isPublic ? null : (
                          <Tag data-size="sm" data-color="warning">
                            {t('governanceAdmin.bodies.notPublic')}
                          </Tag>
                        )}
                      </span>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        ) : null}
      </section>

      <section aria-labelledby="new-body-heading" className="stack-sm">
        <Heading level={2} data-size="md" id="new-body-heading" ref={formHeading} tabIndex={-1}>
          {t('governanceAdmin.bodies.new')}
        </Heading>
        {creating ? (
          <BodyForm
            formId="body-new"
            initial={emptyBodyValues()}
            parents={bodies.data?.bodies ?? []}
            submitLabel={t('governanceAdmin.bodies.create')}
            saving={create.isPending}
            onCancel={() => setCreating(false)}
            onSave={async (data) => {
              const body = await create.mutateAsync(data);
              void navigate(href(`/admin/styringsorgan/${body.id}`), { state: { created: true } });
            }}
          />
        ) : (
          <div>
            <Button ref={openButton} variant="secondary" onClick={() => setCreating(true)}>
              {t('governanceAdmin.bodies.new')}
            </Button>
          </div>
        )}
      </section>

      <ActionProgrammesSection programmeId={programme.id} />

      {bodies.data ? <NoticeDaysForm programmeId={programme.id} noticeDays={bodies.data.noticeDays} /> : null}
    </div>
  );
}
