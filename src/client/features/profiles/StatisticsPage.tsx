import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { IndicatorSummary, ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { Programme } from '../../../shared/contracts/programmes';
import { AppLink } from '../../components/AppLink';
import { LocalizedInline, useLocalized } from '../../components/LocalizedText';
import { PageHeading } from '../../components/PageHeading';
import { ScrollTable } from '../../components/ScrollTable';
import { AreaChooser } from './AreaChooser';
import { IllustrativeNotice, IllustrativeTag } from './IllustrativeNotice';
import { StatisticsBreadcrumbs, StatisticsSection, useAreaList, WithProgrammeStatistics } from './StatisticsFrame';

/** "Where are we?" for a programme: its reference areas, its areas, and the indicators it follows. */
export default function StatisticsPage() {
  const { slug = '' } = useParams();
  return <WithProgrammeStatistics slug={slug}>{(programme, statistics) => <StatisticsView programme={programme} statistics={statistics} />}</WithProgrammeStatistics>;
}

function StatisticsView({ programme, statistics }: { programme: Programme; statistics: ProgrammeStatistics }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const areaList = useAreaList();
  const references = areaList(statistics.referenceAreas.map((a) => a.name));
  const hasIndicators = statistics.indicators.length > 0;
  return (
    <article className="stack statistics-page">
      <StatisticsBreadcrumbs programme={programme} />
      <PageHeading title={t('profiles.statistics.documentTitle', { programme: name.text })} description={t('profiles.statistics.intro', { programme: name.text })}>{t('profiles.whereAreWe')}</PageHeading>
      <Paragraph data-size="lg">{t('profiles.statistics.intro', { programme: name.text })}</Paragraph>
      {!hasIndicators ? (
        <Paragraph>{t('profiles.statistics.noIndicators')}</Paragraph>
      ) : (
        <>
          {statistics.referenceAreas.length > 0 ? (
            <Paragraph>{t('profiles.statistics.referenceAreas', { list: references })}</Paragraph>
          ) : null}
          {statistics.indicators.some((i) => i.isIllustrative) ? <IllustrativeNotice plural /> : null}
          <StatisticsSection id="areas" title={t('profiles.statistics.areasTitle')}>
            {statistics.focusAreas.length === 0 ? (
              <Paragraph>{t('profiles.statistics.noAreas')}</Paragraph>
            ) : (
              <AreaChooser programme={programme} statistics={statistics} />
            )}
          </StatisticsSection>
          <StatisticsSection id="indicators" title={t('profiles.statistics.indicatorsTitle')}>
            <Paragraph>{t('profiles.statistics.indicatorsIntro')}</Paragraph>
            <IndicatorTable programme={programme} indicators={statistics.indicators} />
          </StatisticsSection>
        </>
      )}
    </article>
  );
}

function IndicatorTable({ programme, indicators }: { programme: Programme; indicators: readonly IndicatorSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('profiles.statistics.indicatorsTable')}>
      <Table zebra className="statistics-table">
        <caption className="ds-sr-only">{t('profiles.statistics.indicatorsTable')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('statisticsCommon.indicator')}</Table.HeaderCell>
            <Table.HeaderCell>{t('profiles.topic')}</Table.HeaderCell>
            <Table.HeaderCell>{t('statisticsCommon.unit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('profiles.direction')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {indicators.map((indicator) => (
            <Table.Row key={indicator.id}>
              <Table.HeaderCell scope="row">
                <span className="indicator-name">
                  <AppLink to={`/program/${programme.slug}/statistikk/indikator/${indicator.code}`}>
                    <LocalizedInline text={indicator.name} />
                  </AppLink>
                  {indicator.isIllustrative ? <IllustrativeTag /> : null}
                </span>
              </Table.HeaderCell>
              <Table.Cell>{t(`indicatorTopic.${indicator.topic}`)}</Table.Cell>
              <Table.Cell>{t(`indicatorUnit.${indicator.unit}`)}</Table.Cell>
              <Table.Cell>{t(`direction.${indicator.direction}`)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
