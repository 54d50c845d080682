import type { TFunction } from '../../app/translator';
import type { Direction } from '../../../shared/contracts/indicators';
import type { AreaSeries, ProfilePoint } from '../../../shared/contracts/profiles';
import type { Locale } from '../../../shared/domain/localized';
import type { ColourClass, MapValue, RankingDisplay, RankingFacts } from './chart-data';
import { classOf, seriesFacts } from './chart-data';
import { periodSpan, periodText, valueText, type UnitInfo } from './format';

/** Beyond this many, areas without a figure are counted rather than named (the table names them). */
export const LIST_AT_MOST = 5;

/** Joins sentences, skipping empty ones. */
/** How an area's name is written into a summary: as it is, or marked for its language (see AreaMarkedText). */
export type NameWriter = (name: string) => string;
const asIs: NameWriter = (name) => name;

function sentences(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

function withheldList(items: readonly { period: string; status: string }[], locale: Locale, t: TFunction): string {
  return items.map((w) => `${periodText(w.period, locale)} (${t(`observationStatusShort.${w.status}`)})`).join(', ');
}

/**
 * The text alternative of a ranking (bar chart and map): the highest and lowest area, where the
 * chosen area stands in the indicator's direction, how many have no figure, and the reference
 * areas' values.
 */
export function rankingSummary(
  display: RankingDisplay,
  facts: RankingFacts,
  indicator: UnitInfo & { direction: Direction },
  locale: Locale,
  t: TFunction,
  name: NameWriter = asIs,
): string {
  const v = (value: number) => valueText(value, indicator, locale);
  if (facts.comparedCount === 0 && facts.withheldCount === 0) return t('profiles.summary.noFigures');
  const parts: string[] = [];
  if (facts.highest && facts.lowest && facts.comparedCount > 1) {
    parts.push(t('profiles.summary.highest', { area: name(facts.highest.area.name), value: v(facts.highest.value) }));
    parts.push(t('profiles.summary.lowest', { area: name(facts.lowest.area.name), value: v(facts.lowest.value) }));
  } else if (facts.highest) {
    parts.push(t('profiles.summary.only', { area: name(facts.highest.area.name), value: v(facts.highest.value) }));
  }
  const chosen = facts.chosen;
  if (chosen && 'row' in chosen && facts.comparedCount > 1) {
    const key = indicator.direction === 'neutral' ? 'profiles.summary.positionNeutral' : 'profiles.summary.position';
    parts.push(t(key, { area: name(chosen.row.area.name), value: v(chosen.row.value), position: chosen.row.position, count: chosen.of }));
  } else if (chosen && 'withheld' in chosen) {
    parts.push(t('profiles.summary.chosenWithheld', { area: name(chosen.withheld.area.name), status: t(`observationStatus.${chosen.withheld.status}`) }));
  }
  // The chosen area was just named as withheld; the count covers the others.
  const others = display.withheld.filter((w) => !(chosen && 'withheld' in chosen && chosen.withheld.area.code === w.area.code));
  if (others.length > LIST_AT_MOST) {
    parts.push(t('profiles.summary.withheldMany', { n: others.length }));
  } else if (others.length > 0) {
    parts.push(t('profiles.summary.withheld', { count: others.length, areas: others.map((w) => name(w.area.name)).join(', ') }));
  }
  const refs = display.references.filter((r) => r.value !== null);
  if (refs.length > 0) {
    parts.push(t('profiles.summary.references', { list: refs.map((r) => `${name(r.area.name)} ${v(r.value!)}`).join(', ') }));
  }
  return sentences(parts);
}

/** One series in words: from its first to its last figure, its withheld periods. */
export function seriesSentence(name: string, points: readonly ProfilePoint[], indicator: UnitInfo, locale: Locale, t: TFunction): string {
  const f = seriesFacts(points);
  const parts: string[] = [];
  if (!f.first || !f.last) {
    parts.push(t('profiles.summary.seriesEmpty', { area: name }));
  } else if (f.first.period === f.last.period) {
    parts.push(t('profiles.summary.seriesOne', { area: name, value: valueText(f.last.value, indicator, locale), period: periodText(f.last.period, locale) }));
  } else {
    parts.push(
      t('profiles.summary.seriesFromTo', {
        area: name,
        from: valueText(f.first.value, indicator, locale),
        fromPeriod: periodText(f.first.period, locale),
        to: valueText(f.last.value, indicator, locale),
        toPeriod: periodText(f.last.period, locale),
      }),
    );
  }
  if (f.withheld.length > 0) parts.push(t('profiles.summary.seriesWithheld', { area: name, list: withheldList(f.withheld, locale, t) }));
  return sentences(parts);
}

/** The text alternative of the line chart: every series from its first to its last figure. */
export function seriesSummary(series: readonly AreaSeries[], indicator: UnitInfo, locale: Locale, t: TFunction, name: NameWriter = asIs): string {
  if (series.every((s) => s.points.length === 0)) return t('profiles.summary.noFigures');
  return sentences(series.map((s) => seriesSentence(name(s.area.name), s.points, indicator, locale, t)));
}

/**
 * A sparkline's accessible description: the span, first and last figure, lowest and highest,
 * and the periods without a figure.
 */
export function sparklineDescription(points: readonly ProfilePoint[], indicator: UnitInfo, locale: Locale, t: TFunction): string {
  const f = seriesFacts(points);
  if (!f.first || !f.last || !f.min || !f.max) return t('profiles.summary.noFigures');
  const parts = [
    t('profiles.sparkline.fromTo', {
      span: periodSpan(points[0]!.period, points[points.length - 1]!.period, locale),
      from: valueText(f.first.value, indicator, locale),
      fromPeriod: periodText(f.first.period, locale),
      to: valueText(f.last.value, indicator, locale),
      toPeriod: periodText(f.last.period, locale),
    }),
    t('profiles.sparkline.range', {
      min: valueText(f.min.value, indicator, locale),
      minPeriod: periodText(f.min.period, locale),
      max: valueText(f.max.value, indicator, locale),
      maxPeriod: periodText(f.max.period, locale),
    }),
  ];
  if (f.withheld.length > 0) parts.push(t('profiles.sparkline.withheld', { list: withheldList(f.withheld, locale, t) }));
  return sentences(parts);
}

/**
 * The text alternative of a choropleth: how colours map to values, which areas are darkest and
 * lightest, which are hatched for lack of a figure, and where the outlined (chosen) area falls.
 */
export function mapSummary(
  values: ReadonlyMap<string, MapValue>,
  classes: readonly ColourClass[],
  chosenCode: string | null | undefined,
  indicator: UnitInfo,
  locale: Locale,
  t: TFunction,
  name: NameWriter = asIs,
): string {
  const entries = [...values.entries()];
  const valued = entries.filter(([, v]) => v.value !== null);
  const empty = entries.filter(([, v]) => v.value === null);
  if (valued.length === 0) return t('profiles.summary.noFigures');
  const range = (c: ColourClass) => {
    const from = valueText(c.from, indicator, locale);
    const to = valueText(c.to, indicator, locale);
    return from === to ? from : t('profiles.legend.range', { from, to });
  };
  const inClass = (i: number) => valued.filter(([, v]) => classOf(v.value!, classes) === i).map(([, v]) => name(v.name));
  const parts: string[] = [];
  if (classes.length > 1) {
    parts.push(t('profiles.mapSummary.classes', { n: classes.length }));
    const last = classes.length - 1;
    parts.push(t('profiles.mapSummary.darkest', { areas: inClass(last).join(', '), range: range(classes[last]!) }));
    parts.push(t('profiles.mapSummary.lightest', { areas: inClass(0).join(', '), range: range(classes[0]!) }));
  } else if (classes.length === 1) {
    parts.push(t('profiles.mapSummary.oneClass', { range: range(classes[0]!) }));
  }
  if (empty.length > LIST_AT_MOST) {
    parts.push(t('profiles.mapSummary.hatchedMany', { n: empty.length }));
  } else if (empty.length > 0) {
    parts.push(t('profiles.mapSummary.hatched', { areas: empty.map(([, v]) => `${name(v.name)} (${t(v.status === 'missing' ? 'profiles.map.missing' : `observationStatusShort.${v.status}`)})`).join(', ') }));
  }
  const chosen = chosenCode ? values.get(chosenCode) : undefined;
  if (chosen && chosen.value !== null && classes.length > 1) {
    parts.push(t('profiles.mapSummary.chosen', { area: name(chosen.name), value: valueText(chosen.value, indicator, locale) }));
  } else if (chosen) {
    parts.push(t('profiles.mapSummary.chosenEmpty', { area: name(chosen.name) }));
  }
  return sentences(parts);
}
