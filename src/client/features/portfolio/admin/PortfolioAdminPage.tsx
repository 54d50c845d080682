import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { ProjectCreate } from '../../../../shared/contracts/projects';
import { FUNDING_PROGRAMMES, PROJECT_PHASES } from '../../../../shared/domain/portfolio';
import { PROJECT_RAG_FILTERS } from '../../../../shared/domain/reports';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ChoiceFilter, ListFilters } from '../../../components/ListFilters';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatMoney, formatPeriod } from '../portfolio-format';
import { portfolioExportUrl, useCreateProject, usePortfolio, type PortfolioFilter } from '../portfolio.queries';
import { portfolioPath } from '../public/portfolio-paths';
import { RagTag } from '../../reports/report-tags';
import { emptyProjectValues } from './project-form-values';
import { ThresholdsSection } from './changes/ThresholdsForm';
import { linkFilterOf, PortfolioLinkFilters } from './PortfolioLinkFilters';
import { ProjectFactsForm } from './ProjectFactsForm';
import '../portfolio.css';
import '../../governance/admin/governance-admin.css';

const PER_PAGE = 50;

/** The programme's whole portfolio for those who work in it: filters, sums, CSV, and a new project. */
export function PortfolioAdminPage({ user }: { user: MeUser }) {
  return (
    <ProgrammeGate user={user} action="programme.readInternal">
      {(programme) => <PortfolioAdmin programme={programme} />}
    </ProgrammeGate>
  );
}

function PortfolioAdmin({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const name = useLocalized(programme.name);
  const [params, setParams] = useSearchParams();
  const phase = PROJECT_PHASES.find((p) => p === params.get('fase')) ?? '';
  const funding = FUNDING_PROGRAMMES.find((f) => f === params.get('finansiering')) ?? '';
  const rag = PROJECT_RAG_FILTERS.find((r) => r === params.get('status')) ?? '';
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('fra') ?? '0') || 0);
  const narrowed = { ...(phase ? { phase } : {}), ...(funding ? { fundingProgramme: funding } : {}), ...(rag ? { rag } : {}), ...(q ? { q } : {}), ...linkFilterOf(params) };
  const filter: PortfolioFilter = { sort: 'startsOn', limit: PER_PAGE, offset, ...narrowed };
  const portfolio = usePortfolio(programme.id, filter);
  const create = useCreateProject(programme.id);
  const [creating, setCreating] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (creating) formHeading.current?.focus();
  }, [creating]);
  const setParam = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      next.delete('fra');
      return next;
    });

  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{t('governanceAdmin.backToProgramme', { name: name.text })}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('portfolio.admin.title')} – ${name.text}`}>{t('portfolio.admin.title')}</PageHeading>
      <Paragraph>{t('portfolio.admin.lead')}</Paragraph>
      <ul className="plain-list portfolio-totals">
        <li>
          <AppLink to={`/admin/program/${programme.slug}/prosjekter/oversikt`}>{t('portfolio.overview.link')}</AppLink>
        </li>
        <li>
          <AppLink to={`/admin/program/${programme.slug}/rapporter`}>{t('reports.overview.title')}</AppLink>
        </li>
        <li>
          <AppLink to={`/admin/program/${programme.slug}/partnersok`}>{t('portfolio.partnerSearches.title')}</AppLink>
        </li>
        <li>
          <AppLink to={portfolioPath(programme.slug)}>{t('portfolio.admin.viewPublic')}</AppLink>
        </li>
      </ul>
      <ListFilters className="portfolio-filters">
        <Textfield id="portfolio-q" type="search" label={t('common.search')} description={t('portfolio.admin.searchHelp')} value={q} onChange={(e) => setParam('q', e.target.value)} />
        <ChoiceFilter id="portfolio-admin-phase" label={t('portfolio.columns.phase')} allLabel={t('portfolio.public.anyPhase')} choices={PROJECT_PHASES} choiceLabel={(p) => t(`portfolio.phases.${p}`)} value={phase} onChange={(v) => setParam('fase', v)} />
        <ChoiceFilter
          id="portfolio-admin-funding"
          label={t('portfolio.columns.fundingProgramme')}
          allLabel={t('portfolio.public.anyFunding')}
          choices={FUNDING_PROGRAMMES}
          choiceLabel={(f) => t(`portfolio.fundingProgrammes.${f}`)}
          value={funding}
          onChange={(v) => setParam('finansiering', v)}
        />
        <ChoiceFilter
          id="portfolio-admin-rag"
          label={t('portfolio.columns.rag')}
          description={t('portfolio.rag.help')}
          allLabel={t('portfolio.rag.any')}
          choices={PROJECT_RAG_FILTERS}
          choiceLabel={(r) => (r === 'none' ? t('portfolio.rag.none') : t(`reports.rag.${r}`))}
          value={rag}
          onChange={(v) => setParam('status', v)}
        />
        <PortfolioLinkFilters programmeId={programme.id} params={params} setParam={setParam} />
      </ListFilters>
      {portfolio.isPending ? <Loading /> : null}
      {portfolio.isError ? <LoadFailed error={portfolio.error} /> : null}
      {portfolio.data ? (
        <>
          <ul className="plain-list portfolio-totals" aria-label={t('portfolio.admin.totalsLabel')}>
            {portfolio.data.totals.map((s) => (
              <li key={s.currency}>
                {t('portfolio.admin.totals', { count: s.projects, currency: s.currency })}: {t('portfolio.budgetKinds.granted').toLowerCase()} {formatMoney(s.granted, s.currency, locale)},{' '}
                {t('portfolio.budgetKinds.spent').toLowerCase()} {formatMoney(s.spent, s.currency, locale)}
              </li>
            ))}
          </ul>
          <ul className="plain-list portfolio-totals">
            {(['xlsx', 'csv'] as const).map((format) => (
              <li key={format}>
                <Link href={portfolioExportUrl(format, programme.id, { ...narrowed, lang: locale })} download>
                  {t(`portfolio.admin.${format}`)}
                </Link>
              </li>
            ))}
          </ul>
          <ScrollTable label={t('portfolio.admin.title')}>
            <Table zebra className="portfolio-table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('portfolio.columns.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.columns.owner')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.columns.phase')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.columns.rag')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.public.period')}</Table.HeaderCell>
                  <Table.HeaderCell className="amount">{t('portfolio.columns.granted')}</Table.HeaderCell>
                  <Table.HeaderCell className="amount">{t('portfolio.columns.spent')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('portfolio.columns.published')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {portfolio.data.items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>
                      <AppLink to={`/admin/prosjekter/${p.id}`}>
                        <LocalizedInline text={p.title} />
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell>{p.owner.name}</Table.Cell>
                    <Table.Cell>{t(`portfolio.phases.${p.phase}`)}</Table.Cell>
                    <Table.Cell>{p.rag ? <RagTag rag={p.rag} /> : t('portfolio.rag.none')}</Table.Cell>
                    <Table.Cell className="period">{formatPeriod(p.startsOn, p.endsOn, locale)}</Table.Cell>
                    <Table.Cell className="amount">{p.budget ? formatMoney(p.budget.granted, p.currency, locale) : ''}</Table.Cell>
                    <Table.Cell className="amount">{p.budget ? formatMoney(p.budget.spent, p.currency, locale) : ''}</Table.Cell>
                    <Table.Cell>
                      <Tag data-size="sm" data-color={p.isPublished ? 'success' : 'neutral'}>
                        {p.isPublished ? t('portfolio.admin.publishedTag') : t('portfolio.admin.internal')}
                      </Tag>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
          <Pager total={portfolio.data.total} limit={PER_PAGE} offset={offset} onChange={(o) => setParam('fra', o ? String(o) : '')} label={t('portfolio.admin.title')} />
        </>
      ) : null}

      {portfolio.data?.canManage ? (
        <section aria-labelledby="new-project-heading" className="stack-sm">
          <Heading level={2} data-size="md" id="new-project-heading" ref={formHeading} tabIndex={-1}>
            {t('portfolio.admin.new')}
          </Heading>
          {creating ? (
            <ProjectFactsForm
              formId="project-new"
              mode="create"
              canManage
              initial={emptyProjectValues()}
              submitLabel={t('portfolio.admin.create')}
              saving={create.isPending}
              onCancel={() => setCreating(false)}
              onSave={async (data) => {
                const project = await create.mutateAsync(data as ProjectCreate);
                void navigate(href(`/admin/prosjekter/${project.id}`));
              }}
            />
          ) : (
            <div>
              <Button variant="secondary" onClick={() => setCreating(true)}>
                {t('portfolio.admin.new')}
              </Button>
            </div>
          )}
        </section>
      ) : null}
      {portfolio.data?.canManage ? <ThresholdsSection programmeId={programme.id} /> : null}
    </div>
  );
}
