import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Programme } from '../../../../../shared/contracts/programmes';
import { useLocale, useLocalePath } from '../../../../app/locale-context';
import { can, type MeUser } from '../../../../app/permissions';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { LoadFailed } from '../../../../components/LoadFailed';
import { Loading } from '../../../../components/Loading';
import { useLocalized } from '../../../../components/LocalizedText';
import { PageHeading } from '../../../../components/PageHeading';
import { ProgrammeGate } from '../../../../components/ProgrammeGate';
import { ScrollTable } from '../../../../components/ScrollTable';
import { countryName, formatDate } from '../../portfolio-format';
import { factsOf, factsPayload, SearchFactsForm } from './SearchFactsForm';
import { SearchStatusTag } from './StatusTag';
import { useCreatePartnerSearch, usePartnerSearches } from './partner-searches.queries';
import '../../portfolio.css';

/** The partner searches the programme's organisations received, and a new one registered. */
export function PartnerSearchesPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="programme.readInternal">{(programme) => <PartnerSearches programme={programme} user={user} />}</ProgrammeGate>;
}

function PartnerSearches({ programme, user }: { programme: Programme; user: MeUser }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const name = useLocalized(programme.name);
  const searches = usePartnerSearches(programme.id);
  const create = useCreatePartnerSearch(programme.id);
  const [creating, setCreating] = useState(false);
  // The secretariat registers a search for any organisation; a contributor for their own.
  const canManage = can(user, 'portfolio.manage', { programmeIds: [programme.id, ...(programme.parentId ? [programme.parentId] : [])] });
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}/prosjekter`}>{t('portfolio.partnerSearches.back')}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('portfolio.partnerSearches.title')} – ${name.text}`}>{t('portfolio.partnerSearches.title')}</PageHeading>
      <Paragraph>{t('portfolio.partnerSearches.intro')}</Paragraph>
      {searches.isPending ? <Loading /> : null}
      {searches.isError ? <LoadFailed error={searches.error} /> : null}
      {searches.data ? (
        searches.data.items.length === 0 ? (
          <Paragraph>{t('portfolio.partnerSearches.none')}</Paragraph>
        ) : (
          <ScrollTable label={t('portfolio.partnerSearches.title')}>
            <Table data-size="sm" className="portfolio-table">
              <caption className="visually-hidden">{t('portfolio.partnerSearches.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('portfolio.partnerSearches.fields.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.partnerSearches.fields.leadOrganisation')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.partnerSearches.fields.organisationId')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.partnerSearches.fields.replyBy')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.partnerSearches.statusColumn')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {searches.data.items.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.Cell>
                      <AppLink to={`/admin/partnersok/${s.id}`}>{s.title}</AppLink>
                    </Table.Cell>
                    <Table.Cell>
                      {s.leadOrganisation}
                      {s.leadCountry ? ` (${countryName(s.leadCountry, locale)})` : ''}
                    </Table.Cell>
                    <Table.Cell>{s.organisation.name}</Table.Cell>
                    <Table.Cell className="period">{s.replyBy ? formatDate(s.replyBy, locale) : '–'}</Table.Cell>
                    <Table.Cell>
                      <SearchStatusTag status={s.status} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )
      ) : null}
      {searches.data?.canCreate ? (
        <section aria-labelledby="new-search-heading" className="stack-sm">
          <Heading level={2} data-size="md" id="new-search-heading">
            {t('portfolio.partnerSearches.new')}
          </Heading>
          {creating ? (
            <SearchFactsForm
              formId="partner-search-new"
              initial={factsOf(null, user.organisationId)}
              chooseOrganisation={canManage || !user.organisationId}
              submitLabel={t('portfolio.partnerSearches.create')}
              saving={create.isPending}
              onSave={async (v) => {
                const created = await create.mutateAsync({ ...factsPayload(v), organisationId: v.organisationId ?? '' });
                void navigate(href(`/admin/partnersok/${created.id}`));
              }}
            />
          ) : (
            <div>
              <Button variant="secondary" onClick={() => setCreating(true)}>
                {t('portfolio.partnerSearches.new')}
              </Button>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
