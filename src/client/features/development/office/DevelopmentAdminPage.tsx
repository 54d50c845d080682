import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { SectionNav } from '../../../components/SectionNav';
import { cohortAdminPath, useCreateCohort, useDevelopmentOverview } from '../development.queries';
import { formatCohortPeriod } from '../public/development-format';
import { CohortForm } from './CohortForm';
import { OfficeSection } from './OfficeSection';
import { SettingsForm } from './SettingsForm';
import './office.css';

/** The office's page of a development programme: its cohorts, a new cohort, and the programme's content. */
export function DevelopmentAdminPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="development.manage">{(programme) => <DevelopmentAdmin programme={programme} />}</ProgrammeGate>;
}

function DevelopmentAdmin({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const name = useLocalized(programme.name);
  const overview = useDevelopmentOverview(programme.id);
  const create = useCreateCohort(programme.id);
  const title = t('development.office.title', { name: name.text });

  if (programme.kind !== 'development_programme') {
    return (
      <div className="stack">
        <PageHeading title={title} />
        <Paragraph>{t('development.office.notDevelopment')}</Paragraph>
        <Paragraph>
          <AppLink to={`/admin/program/${programme.slug}`}>{name.text}</AppLink>
        </Paragraph>
      </div>
    );
  }
  const sections = [
    { id: 'cohorts', title: t('development.office.cohorts') },
    { id: 'cohort-new', title: t('development.office.newCohort') },
    { id: 'content', title: t('development.office.content') },
  ];
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`} lang={name.lang}>
          {name.text}
        </AppLink>
      </Paragraph>
      <PageHeading title={title} />
      <Paragraph>
        <AppLink to={`/program/${programme.slug}`}>{t('development.office.viewPublic')}</AppLink>
      </Paragraph>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? <LoadFailed error={overview.error} /> : null}
      {overview.data ? (
        <div className="office-layout">
          <SectionNav label={t('development.office.sectionsLabel')} sections={sections} />
          <div className="office-layout-sections stack">
            <OfficeSection id="cohorts" title={t('development.office.cohorts')}>
              {overview.data.cohorts.length === 0 ? (
                <Paragraph>{t('development.office.noCohorts')}</Paragraph>
              ) : (
                <ScrollTable label={t('development.office.cohorts')}>
                  <Table data-size="sm">
                    <caption className="visually-hidden">{t('development.office.cohorts')}</caption>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>{t('development.office.cohort.name')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('development.office.cohort.region')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('development.office.cohort.period')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('development.office.cohort.gatherings')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('development.office.cohort.taking')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {overview.data.cohorts.map((c) => (
                        <Table.Row key={c.id}>
                          <Table.Cell>
                            <AppLink to={cohortAdminPath(c.id)}>
                              <LocalizedInline text={c.name} />
                            </AppLink>
                          </Table.Cell>
                          <Table.Cell>{c.region}</Table.Cell>
                          <Table.Cell>{formatCohortPeriod(c.startsOn, c.endsOn, locale)}</Table.Cell>
                          <Table.Cell className="numeric">{c.gatherings.length}</Table.Cell>
                          <Table.Cell className="numeric">{c.organisations.length}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </ScrollTable>
              )}
            </OfficeSection>
            <OfficeSection id="cohort-new" title={t('development.office.newCohort')}>
              <CohortForm
                formId="cohort-new-form"
                submitLabel={t('development.office.createCohort')}
                onSave={async (body) => {
                  const created = await create.mutateAsync(body);
                  void navigate(href(cohortAdminPath(created.id)), { state: { created: true } });
                }}
              />
            </OfficeSection>
            <OfficeSection id="content" title={t('development.office.content')}>
              <Paragraph>{t('development.office.contentHelp')}</Paragraph>
              <SettingsForm programmeId={programme.id} settings={overview.data.settings} />
            </OfficeSection>
          </div>
        </div>
      ) : null}
    </div>
  );
}
