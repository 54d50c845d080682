import type { PortfolioFilter } from '../portfolio.queries';
import { pickText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { SelectField } from '../../../components/forms/SelectField';
import { useAreaSource } from '../../areas/areas.queries';
import { useGoalEfforts } from '../../governance/action-programmes/action-programmes.queries';
import { useGoalTree } from '../../goals/goals.queries';
import { organisationSource } from '../../organisations/organisations.queries';

const YEARS_BACK = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The address parameters of these filters, and the portfolio query they narrow to. */
export function linkFilterOf(params: URLSearchParams): Pick<PortfolioFilter, 'goalId' | 'effortId' | 'areaId' | 'organisationId' | 'year'> {
  const id = (key: string) => {
    const v = params.get(key) ?? '';
    return UUID.test(v) ? v : undefined;
  };
  const year = /^\d{4}$/.test(params.get('ar') ?? '') ? Number(params.get('ar')) : undefined;
  const filter = { goalId: id('mal'), effortId: id('tiltak'), areaId: id('omrade'), organisationId: id('organisasjon'), year };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
}

/**
 * The portfolio narrowed by what projects carry and where: a goal of the programme (or above), an
 * effort of its action programmes, an area reached, an organisation owning or taking part, a year.
 */
export function PortfolioLinkFilters({ programmeId, params, setParam }: { programmeId: string; params: URLSearchParams; setParam(key: string, value: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tree = useGoalTree(programmeId);
  const goalEfforts = useGoalEfforts(programmeId);
  const areaSource = useAreaSource();
  const efforts = new Map<string, { id: string; title: { nb: string; nn?: string | null; en?: string | null } }>();
  for (const g of goalEfforts.data?.goals ?? []) for (const e of g.efforts) efforts.set(e.id, e);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK }, (_, i) => String(thisYear + 1 - i));
  const chosen = linkFilterOf(params);
  return (
    <>
      <SelectField id="portfolio-admin-goal" label={t('portfolio.filters.goal')} value={chosen.goalId ?? ''} onChange={(e) => setParam('mal', e.target.value)}>
        <option value="">{t('portfolio.filters.anyGoal')}</option>
        {(tree.data?.goals ?? []).map((g) => (
          <option key={g.id} value={g.id}>
            {pickText(g.title, locale).text}
          </option>
        ))}
      </SelectField>
      <SelectField id="portfolio-admin-effort" label={t('portfolio.filters.effort')} value={chosen.effortId ?? ''} onChange={(e) => setParam('tiltak', e.target.value)}>
        <option value="">{t('portfolio.filters.anyEffort')}</option>
        {[...efforts.values()].map((e) => (
          <option key={e.id} value={e.id}>
            {pickText(e.title, locale).text}
          </option>
        ))}
      </SelectField>
      <SelectField id="portfolio-admin-year" label={t('portfolio.public.year')} value={chosen.year ? String(chosen.year) : ''} onChange={(e) => setParam('ar', e.target.value)}>
        <option value="">{t('portfolio.filters.anyYear')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <EntityPicker id="portfolio-admin-area" label={t('portfolio.filters.area')} searchLabel={t('portfolio.filters.searchArea')} source={areaSource} value={chosen.areaId ?? null} onChange={(v) => setParam('omrade', v ?? '')} />
      <EntityPicker
        id="portfolio-admin-organisation"
        label={t('portfolio.filters.organisation')}
        searchLabel={t('portfolio.admin.searchOrganisation')}
        source={organisationSource}
        value={chosen.organisationId ?? null}
        onChange={(v) => setParam('organisasjon', v ?? '')}
      />
    </>
  );
}
