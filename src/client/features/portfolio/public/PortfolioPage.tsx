import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { Portfolio, ProjectSummary } from '../../../../shared/contracts/projects';
import { FUNDING_PROGRAMMES, PROJECT_PHASES, type FundingProgramme, type ProjectPhase } from '../../../../shared/domain/portfolio';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { SelectField } from '../../../components/forms/SelectField';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { PageLinks, usePageNumber } from '../../governance/public/governance-parts';
import { useProgramme } from '../../programmes/programmes.queries';
import { countryName, formatPeriod } from '../portfolio-format';
import { usePortfolio, type PortfolioFilter } from '../portfolio.queries';
import { projectPath } from './portfolio-paths';
import '../portfolio.css';
import { useGetFormSubmit } from '../../../components/use-get-form';

const PER_PAGE = 24;
const YEARS_BACK = 25;

/** The filter in the page's address: `?fase=running&finansiering=eu_programme&ar=2008&side=2`. */
function useFilter(): { filter: PortfolioFilter; phase: ProjectPhase | ''; funding: FundingProgramme | ''; year: string } {
  const [params] = useSearchParams();
  const page = usePageNumber();
  const phase = PROJECT_PHASES.find((p) => p === params.get('fase')) ?? '';
  const funding = FUNDING_PROGRAMMES.find((f) => f === params.get('finansiering')) ?? '';
  const yearParam = params.get('ar') ?? '';
  const year = /^\d{4}$/.test(yearParam) ? yearParam : '';
  const filter: PortfolioFilter = { sort: 'startsOn', limit: PER_PAGE, offset: (page - 1) * PER_PAGE };
  if (phase) filter.phase = phase;
  if (funding) filter.fundingProgramme = funding;
  if (year) filter.year = Number(year);
  return { filter, phase, funding, year };
}

/** The programme's published projects, newest first, narrowed by phase, funding programme and year. */
export default function PortfolioPage() {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const { filter, ...chosen } = useFilter();
  const portfolio = usePortfolio(programme.data?.id, filter);
  if (programme.isPending || (programme.isSuccess && portfolio.isPending)) return <Loading />;
  const error = programme.error ?? portfolio.error;
  if (error) {
    if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <PortfolioView programme={programme.data!} portfolio={portfolio.data!} chosen={chosen} />;
}

function PortfolioView({ programme, portfolio, chosen }: { programme: Programme; portfolio: Portfolio; chosen: { phase: string; funding: string; year: string } }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const page = usePageNumber();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK }, (_, i) => String(thisYear + 1 - i));
  const submit = useGetFormSubmit(['fase', 'finansiering', 'ar']);

  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${programme.slug}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('portfolio.public.title')} – ${name.text}`} description={t('portfolio.public.lead')}>
        {t('portfolio.public.title')}
      </PageHeading>
      <Paragraph>{t('portfolio.public.lead')}</Paragraph>
      <Paragraph>
        <AppLink to={`/program/${programme.slug}/erfaringer`}>{t('reports.lessons.title')}</AppLink>
      </Paragraph>
      <form method="get" role="search" aria-label={t('portfolio.public.filters')} className="portfolio-filters" onSubmit={submit}>
        <SelectField id="portfolio-phase" name="fase" label={t('portfolio.columns.phase')} defaultValue={chosen.phase}>
          <option value="">{t('portfolio.public.anyPhase')}</option>
          {PROJECT_PHASES.map((p) => (
            <option key={p} value={p}>
              {t(`portfolio.phases.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="portfolio-funding" name="finansiering" label={t('portfolio.columns.fundingProgramme')} defaultValue={chosen.funding}>
          <option value="">{t('portfolio.public.anyFunding')}</option>
          {FUNDING_PROGRAMMES.map((f) => (
            <option key={f} value={f}>
              {t(`portfolio.fundingProgrammes.${f}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="portfolio-year" name="ar" label={t('portfolio.public.year')} defaultValue={chosen.year}>
          <option value="">{t('portfolio.public.anyYear')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit" variant="secondary">
            {t('portfolio.public.apply')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">{t('portfolio.public.count', { count: portfolio.total })}</Paragraph>
      {portfolio.total === 0 ? <Paragraph>{t('portfolio.public.empty')}</Paragraph> : null}
      <ul className="plain-list project-cards">
        {portfolio.items.map((p) => (
          <ProjectCard key={p.id} project={p} slug={programme.slug} />
        ))}
      </ul>
      <PageLinks page={page} total={portfolio.total} perPage={PER_PAGE} label={t('portfolio.public.title')} />
    </article>
  );
}

function ProjectCard({ project, slug }: { project: ProjectSummary; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(project.title);
  const period = formatPeriod(project.startsOn, project.endsOn, locale);
  return (
    <li className="project-card">
      <Heading level={2} data-size="xs">
        <AppLink to={projectPath(slug, project.id)} lang={title.lang}>
          {title.text}
        </AppLink>
      </Heading>
      <div>
        <Tag data-color="neutral">{t(`portfolio.phases.${project.phase}`)}</Tag>
      </div>
      <dl>
        <dt>{t('portfolio.public.owner')}</dt>
        <dd>{t('portfolio.public.ownerAs', { name: project.owner.name, role: t(`portfolio.partnerRoles.${project.ownerRole}`) })}</dd>
        {period ? (
          <>
            <dt>{t('portfolio.public.period')}</dt>
            <dd>{period}</dd>
          </>
        ) : null}
        <dt>{t('portfolio.public.funding')}</dt>
        <dd>{project.fundingProgrammeName ?? t(`portfolio.fundingProgrammes.${project.fundingProgramme}`)}</dd>
        {project.partnerCountries.length > 0 ? (
          <>
            <dt>{t('portfolio.public.countries')}</dt>
            <dd>{project.partnerCountries.map((c) => countryName(c, locale)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
