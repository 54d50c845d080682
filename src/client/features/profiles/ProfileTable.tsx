import { Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { AreaProfile, Development, ProfileRow, ReferenceValue } from '../../../shared/contracts/profiles';
import type { Programme } from '../../../shared/contracts/programmes';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { AppLink } from '../../components/AppLink';
import { LocalizedInline } from '../../components/LocalizedText';
import { ScrollTable } from '../../components/ScrollTable';
import { periodSpan, periodText, valueText } from '../../components/statistics/format';
import { ObservationValue } from '../../components/statistics/ObservationValue';
import { Sparkline } from '../../components/statistics/Sparkline';
import { sparklineDescription } from '../../components/statistics/summaries';
import { IllustrativeTag } from './IllustrativeNotice';
import { changeAssessment, comparisonColour, trendShape } from './profile-logic';
import { AreaName, fillSlots, slot } from '../../components/statistics/AreaName';

/**
 * The area profile itself: one row per indicator with its latest figure, its trend (a small line
 * and words), and each reference area's figure with whether the area does better or worse.
 */
export function ProfileTable({ programme, profile }: { programme: Programme; profile: AreaProfile }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('profiles.profile.tableLabel', { area: profile.area.name })}>
      <Table zebra className="statistics-table profile-table">
        <caption className="ds-sr-only">{t('profiles.profile.tableLabel', { area: profile.area.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('statisticsCommon.indicator')}</Table.HeaderCell>
            <Table.HeaderCell>{t('profiles.profile.latest', { area: profile.area.name })}</Table.HeaderCell>
            <Table.HeaderCell>{t('profiles.profile.trend')}</Table.HeaderCell>
            {profile.referenceAreas.map((a) => (
              <Table.HeaderCell key={a.code}>
                <AreaName name={a.name} />
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {profile.rows.map((row) => (
            <ProfileRowView key={row.indicator.id} programme={programme} profile={profile} row={row} />
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

function ProfileRowView({ programme, profile, row }: { programme: Programme; profile: AreaProfile; row: ProfileRow }) {
  const { t } = useTranslation();
  // On a phone each row is a card and each cell says which column it is in (see statistics.css);
  // the column headers stay the cells' headers for assistive technology.
  const { indicator } = row;
  const link = `/program/${programme.slug}/statistikk/indikator/${indicator.code}?omrade=${encodeURIComponent(profile.area.code)}`;
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <span className="indicator-name">
          <AppLink to={link}>
            <LocalizedInline text={indicator.name} />
          </AppLink>
          {indicator.isIllustrative ? <IllustrativeTag /> : null}
        </span>
        <span className="cell-detail">{t(`direction.${indicator.direction}`)}</span>
      </Table.HeaderCell>
      <Table.Cell data-label={t('profiles.profile.latest', { area: profile.area.name })}>
        <LatestCell row={row} />
      </Table.Cell>
      <Table.Cell data-label={t('profiles.profile.trend')}>
        <TrendCell row={row} area={profile.area.name} />
      </Table.Cell>
      {profile.referenceAreas.map((a) => (
        <Table.Cell key={a.code} data-label={a.name}>
          <ReferenceCell row={row} reference={row.references.find((r) => r.area.code === a.code)} />
        </Table.Cell>
      ))}
    </Table.Row>
  );
}

function LatestCell({ row }: { row: ProfileRow }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span className="value-with-period">
      <ObservationValue point={row.latest} indicator={row.indicator} />
      {row.latest ? <span className="cell-detail">{periodText(row.latest.period, locale)}</span> : null}
      {row.latest && row.age?.isOutdated ? (
        <span className="age-flag">{t('profiles.age.latestOutdated', { period: periodText(row.latest.period, locale), years: row.age.years, max: row.age.maxYears })}</span>
      ) : null}
    </span>
  );
}

function TrendCell({ row, area }: { row: ProfileRow; area: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shape = trendShape(row);
  if (shape.kind === 'none') return <span className="muted">{t('profiles.trend.none')}</span>;
  if (shape.kind === 'single') return <span className="muted">{t('profiles.trend.single', { period: periodText(shape.period, locale) })}</span>;
  const first = row.trend[0]!.period;
  const last = row.trend[row.trend.length - 1]!.period;
  const name = pickText(row.indicator.name, locale).text;
  const description = `${t('profiles.sparkline.label', { indicator: name, area })}: ${sparklineDescription(row.trend, row.indicator, locale, t)}`;
  const assessment = changeAssessment(row.change, row.indicator.direction);
  return (
    <div className="trend-cell">
      <Sparkline points={row.trend} description={description} />
      <span className="cell-detail">{periodSpan(first, last, locale)}</span>
      {row.development ? <DevelopmentText row={row} development={row.development} /> : null}
      {row.change ? (
        <span>
          {t(`trend.${row.change}`)}
          {assessment ? ` (${t(`profiles.trend.${assessment}`)})` : null}
        </span>
      ) : (
        <span className="muted">{t('profiles.trend.noChange')}</span>
      )}
    </div>
  );
}

/** The development over the stated span, with both ends named: "Økt de siste 5 periodene: fra 77,5 % i 2020 til 80,1 % i 2024 (bedre)". */
function DevelopmentText({ row, development }: { row: ProfileRow; development: Development }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const assessment = changeAssessment(development.direction, row.indicator.direction);
  const figure = (p: Development['from']) => (p.value === null ? '' : valueText(p.value, row.indicator, locale));
  return (
    <span>
      {t(`profiles.development.${development.direction}`, {
        count: development.periods,
        from: figure(development.from),
        fromPeriod: periodText(development.from.period, locale),
        to: figure(development.to),
        toPeriod: periodText(development.to.period, locale),
      })}
      {assessment ? ` (${t(`profiles.trend.${assessment}`)})` : null}
    </span>
  );
}

function ReferenceCell({ row, reference }: { row: ProfileRow; reference: ReferenceValue | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!reference) return <span className="muted">{t('statisticsCommon.noData')}</span>;
  const point = reference.point;
  // A figure of another period than the area's latest: the comparison spans time, and says so.
  const otherPeriod = point !== null && reference.isOtherPeriod;
  return (
    <span className="reference-cell">
      <span className="value-with-period">
        <ObservationValue point={point} indicator={row.indicator} />
        {point ? (
          <span className={otherPeriod ? 'cell-detail age-flag' : 'cell-detail'}>
            {otherPeriod ? t('profiles.profile.otherPeriod', { period: periodText(point.period, locale) }) : periodText(point.period, locale)}
          </span>
        ) : null}
      </span>
      {reference.comparison !== 'not_comparable' ? (
        <Tag data-color={comparisonColour(reference.comparison)} data-size="sm" className="comparison">
          {/* One inline box: the tag lays out its children as flex items, which would drop the space before the name. */}
          <span>{fillSlots(t(`comparison.${reference.comparison}`, { area: slot('area') }), { area: <AreaName name={reference.area.name} /> })}</span>
        </Tag>
      ) : null}
    </span>
  );
}
