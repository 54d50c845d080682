import { Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';
import { useTranslation } from '../../app/translation';
import {
  INDICATOR_TOPICS,
  type Indicator,
  type IndicatorTopic,
} from '../../../shared/contracts/indicators';
import { formatNumber } from '../../../shared/domain/format-value';
import { useLocale } from '../../app/locale-context';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ChoiceFilter, ListFilters, ListSearch } from '../../components/ListFilters';
import type { ListColumn } from '../../components/ListTable';
import { LocalizedInline } from '../../components/LocalizedText';
import { PageHeading } from '../../components/PageHeading';
import { PagedList } from '../../components/PagedList';
import { StatusMessage } from '../../components/StatusMessage';
import { useListQueryState } from '../../components/use-list-query-state';
import { IllustrativeTag } from '../../components/statistics/IndicatorFacts';
import { periodSpan } from '../../components/statistics/format';
import { useIndicators } from './indicators.queries';

export function IndicatorListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const listState = useListQueryState<{ topic: IndicatorTopic | '' }>({ topic: '' });
  const list = useIndicators({
    q: listState.query,
    topic: listState.filters.topic,
    ...listState.page,
  });
  const editable = can(user, 'indicator.create');
  const deleted = (location.state as { deleted?: string } | null)?.deleted;

  const columns: ListColumn<Indicator>[] = [
    { header: t('indicators.form.code'), cell: (i) => <code>{i.code}</code> },
    {
      header: t('indicators.form.name'),
      cell: (i) => (
        <>
          <AppLink to={`/admin/indikatorer/${encodeURIComponent(i.code)}`}>
            <LocalizedInline text={i.name} />
          </AppLink>
          {i.isIllustrative ? (
            <div>
              <IllustrativeTag />
            </div>
          ) : null}
        </>
      ),
    },
    { header: t('indicators.form.unit'), cell: (i) => t(`indicatorUnit.${i.unit}`) },
    { header: t('indicators.form.direction'), cell: (i) => t(`direction.${i.direction}`) },
    {
      header: t('indicators.observations'),
      numeric: true,
      cell: (i) => formatNumber(i.observationCount, 0, locale),
    },
    {
      header: t('indicators.periods'),
      cell: (i) =>
        periodSpan(i.firstPeriod, i.lastPeriod, locale) || (
          <span className="muted">{t('indicators.noPeriods')}</span>
        ),
    },
  ];

  return (
    <div className="stack">
      <PageHeading title={t('indicators.title')} />
      <Paragraph>{t('indicators.intro')}</Paragraph>
      <StatusMessage message={deleted ? t('indicators.deleted', { name: deleted }) : null} />
      {editable ? (
        <div className="form-actions">
          <ButtonLink to="/admin/indikatorer/ny" variant="secondary">
            {t('indicators.new')}
          </ButtonLink>
          <AppLink to="/admin/import">{t('indicators.toImports')}</AppLink>
        </div>
      ) : null}
      <ListFilters>
        <ListSearch id="indicators-q" description={t('indicators.searchHelp')} state={listState} />
        <ChoiceFilter
          id="indicators-topic"
          label={t('indicators.form.topic')}
          allLabel={t('indicators.allTopics')}
          choices={INDICATOR_TOPICS}
          choiceLabel={(k) => t(`indicatorTopic.${k}`)}
          {...listState.field('topic')}
        />
      </ListFilters>
      <PagedList
        list={list}
        paging={listState}
        label={t('indicators.title')}
        className="indicator-table"
        columns={columns}
      />
    </div>
  );
}
