import { areaNameIn } from '../../../shared/domain/area-names';
import { distinctSources } from '../../../shared/domain/figure-sources';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { IndicatorSummary } from '../../../shared/contracts/indicators';
import type { AreaProfile, FigureSource, ProfilePoint, ProfileRow, ReferenceValue } from '../../../shared/contracts/profiles';
import { changeAssessment } from '../../../shared/domain/change';
import { formatValue } from '../../../shared/domain/format-value';
import { pickText, type Locale } from '../../../shared/domain/localized';
import { formatPeriod, periodSpan } from '../../../shared/domain/periods';
import { sitePagePath } from '../../../shared/domain/site-paths';
import { isWithheldStatus } from '../../../shared/domain/statistics';
import { isWebUrl } from '../../../shared/domain/web-url';
import { PDF_LANG, type PdfBlock, type PdfCell, type PdfCellLine, type PdfDocumentSpec, type PdfListItem } from '../../pdf/pdf-model';
import { renderPdf } from '../../pdf/pdf-render';
import { serverTranslator } from '../../i18n/translator';
import type { TFunction } from '../../../shared/i18n/translator';
import { getAreaProfile } from './profiles.service';

/**
 * The area profile ("Where are we?") as an accessible PDF: the page's heading, introduction,
 * table and download context, from the same service answer the page renders and in the same
 * words (the page's messages) and number and period formats, plus the indicators' sources.
 */

/** A figure as the page shows it: `6,8 %`, `72 % (foreløpig)`, or the status in words (`prikket`). */
function valueText(point: ProfilePoint | null, indicator: Pick<IndicatorSummary, 'unit' | 'decimals'>, locale: Locale, t: TFunction): string {
  if (!point) return t('statisticsCommon.noData');
  if (isWithheldStatus(point.status) || point.value === null) {
    const status = point.value === null && point.status === 'none' ? 'not_available' : point.status;
    return t(`observationStatusShort.${status}`);
  }
  const text = formatValue(point.value, indicator.unit, indicator.decimals, locale);
  return point.status === 'none' ? text : `${text} (${t(`observationStatusShort.${point.status}`)})`;
}

function hasFigure(point: ProfilePoint): boolean {
  return !isWithheldStatus(point.status) && point.value !== null && Number.isFinite(point.value);
}

function indicatorCell(row: ProfileRow, locale: Locale, t: TFunction): PdfCell {
  const lines: PdfCellLine[] = [{ text: pickText(row.indicator.name, locale).text, style: 'strong' }];
  if (row.indicator.isIllustrative) lines.push({ text: t('profiles.illustrative.tag'), style: 'detail' });
  lines.push({ text: t(`direction.${row.indicator.direction}`), style: 'detail' });
  return lines;
}

function latestCell(row: ProfileRow, locale: Locale, t: TFunction): PdfCell {
  const lines: PdfCellLine[] = [{ text: valueText(row.latest, row.indicator, locale, t) }];
  if (row.latest) lines.push({ text: formatPeriod(row.latest.period, locale), style: 'detail' });
  return lines;
}

/** The development over the stated span, both ends named, as the page words it. */
function developmentText(row: ProfileRow, locale: Locale, t: TFunction): string | null {
  const d = row.development;
  if (!d) return null;
  const figure = (p: ProfilePoint) => (p.value === null ? '' : formatValue(p.value, row.indicator.unit, row.indicator.decimals, locale));
  const assessment = changeAssessment(d.direction, row.indicator.direction);
  const words = t(`profiles.development.${d.direction}`, { count: d.periods, from: figure(d.from), fromPeriod: formatPeriod(d.from.period, locale), to: figure(d.to), toPeriod: formatPeriod(d.to.period, locale) });
  return words + (assessment ? ` (${t(`profiles.trend.${assessment}`)})` : '');
}

/** The trend column in words: the span of periods, the development over it and the change since the period before. */
function trendCell(row: ProfileRow, locale: Locale, t: TFunction): PdfCell {
  const drawn = row.trend.filter(hasFigure);
  if (drawn.length === 0) return [{ text: t('profiles.trend.none'), style: 'detail' }];
  if (drawn.length === 1) return [{ text: t('profiles.trend.single', { period: formatPeriod(drawn[0]!.period, locale) }), style: 'detail' }];
  const span = periodSpan(row.trend[0]!.period, row.trend[row.trend.length - 1]!.period, locale);
  const development = developmentText(row, locale, t);
  const lines: PdfCellLine[] = [{ text: span, style: 'detail' }, ...(development ? [{ text: development }] : [])];
  if (!row.change) return [...lines, { text: t('profiles.trend.noChange') }];
  const assessment = changeAssessment(row.change, row.indicator.direction);
  const change = t(`trend.${row.change}`) + (assessment ? ` (${t(`profiles.trend.${assessment}`)})` : '');
  return [...lines, { text: change }];
}

function referenceCell(row: ProfileRow, reference: ReferenceValue | undefined, locale: Locale, t: TFunction): PdfCell {
  if (!reference) return t('statisticsCommon.noData');
  const { point } = reference;
  const lines: PdfCellLine[] = [{ text: valueText(point, row.indicator, locale, t) }];
  if (point) {
    const period = formatPeriod(point.period, locale);
    const isOtherPeriod = row.latest !== null && point.period !== row.latest.period;
    lines.push({ text: isOtherPeriod ? t('profiles.profile.otherPeriod', { period }) : period, style: 'detail' });
  }
  if (reference.comparison !== 'not_comparable') lines.push({ text: t(`comparison.${reference.comparison}`, { area: areaNameIn(reference.area, locale).text }), style: 'strong' });
  return lines;
}

/** One source of the profile's figures (those that read the same as one), with the indicators whose figures it gave. */
function sourceItem({ line, source, keys }: { line: string; source: FigureSource; keys: string[] }, rows: readonly ProfileRow[], locale: Locale, t: TFunction): PdfListItem {
  const used = rows.filter((row) => [...row.trend, ...row.references.map((r) => r.point)].some((p) => p?.source != null && keys.includes(p.source)));
  const indicator = used.map((row) => pickText(row.indicator.name, locale).text).join(', ');
  const text = t('profiles.pdf.source', { indicator, publisher: line });
  const url = source.url;
  return isWebUrl(url) ? { text, link: { text: url, url, alt: t('profiles.pdf.sourceLink', { indicator }) } } : { text };
}

export interface ProfileDocumentInput {
  profile: AreaProfile;
  locale: Locale;
  /** The site's address, for the link to the page online. */
  origin: string;
  createdAt: Date;
}

/** The document model of an area profile, in one language. */
export function profileDocument({ profile, locale, origin, createdAt }: ProfileDocumentInput): PdfDocumentSpec {
  const { t } = serverTranslator(locale);
  const programme = pickText(profile.programme.name, locale).text;
  const areaName = areaNameIn(profile.area, locale);
  const area = areaName.text;
  const referenceNames = profile.referenceAreas.map((a) => areaNameIn(a, locale));
  const names = referenceNames.map((n) => n.text);
  const references = names.length <= 1 ? (names[0] ?? '') : t('profiles.listAnd', { list: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
  const title = t('profiles.profile.documentTitle', { area, programme });
  // A name kept only in bokmål is marked as such in a document in another language, as the page does.
  const langOf = (name: { lang: Locale }) => (name.lang === locale ? undefined : PDF_LANG[name.lang]);
  const nameLang = langOf(areaName);
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: area, ...(nameLang ? { lang: nameLang } : {}) },
    { kind: 'paragraph', style: 'lead', text: t(names.length > 0 ? 'profiles.profile.intro' : 'profiles.profile.introNoReferences', { area, references }) },
  ];
  if (profile.rows.some((r) => r.indicator.isIllustrative)) blocks.push({ kind: 'paragraph', style: 'note', text: t('profiles.illustrative.some') });
  blocks.push({ kind: 'heading', level: 2, text: t('profiles.profile.tableTitle') });
  if (profile.rows.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('profiles.statistics.noIndicators') });
  } else {
    blocks.push(
      { kind: 'paragraph', text: t('profiles.profile.tableIntro') },
      {
        kind: 'table',
        header: [t('statisticsCommon.indicator'), t('profiles.profile.latest', { area }), t('profiles.profile.trend'), ...names],
        headerLangs: [undefined, undefined, undefined, ...referenceNames.map(langOf)],
        widths: [3.2, 1.9, 2.2, ...names.map(() => 2.1)],
        rowHeaders: true,
        rows: profile.rows.map((row) => [
          indicatorCell(row, locale, t),
          latestCell(row, locale, t),
          trendCell(row, locale, t),
          ...profile.referenceAreas.map((a) => referenceCell(row, row.references.find((r) => r.area.code === a.code), locale, t)),
        ]),
      },
      { kind: 'heading', level: 2, text: t('profiles.pdf.sourcesTitle') },
      { kind: 'list', items: distinctSources(profile.sources, t).map((source) => sourceItem(source, profile.rows, locale, t)) },
    );
  }
  const pageUrl = origin + sitePagePath(locale, 'areaProfile', { slug: profile.programme.slug, areaCode: profile.area.code });
  blocks.push(
    { kind: 'heading', level: 2, text: t('profiles.pdf.aboutTitle') },
    {
      kind: 'facts',
      items: [
        { term: t('profiles.pdf.programme'), value: programme },
        { term: t('statisticsCommon.area'), value: `${area} (${profile.area.code})` },
        { term: t('profiles.pdf.made'), value: new Intl.DateTimeFormat(PDF_LANG[locale], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(createdAt) },
      ],
    },
    { kind: 'link', link: { text: pageUrl, url: pageUrl, alt: t('profiles.pdf.online', { title }) } },
  );
  return {
    lang: PDF_LANG[locale],
    title,
    author: programme,
    subject: t('profiles.download.profileDescription', { area }),
    runningHeader: t('profiles.pdf.runningHeader', { programme }),
    pageLabel: (page, pages) => t('profiles.pdf.page', { page, pages }),
    blocks,
    createdAt,
  };
}

/** A rendered PDF to send: its file name and bytes. */
export interface PdfFile {
  fileName: string;
  body: Buffer;
}

/**
 * The area profile as a PDF in the reader's language. The same permission as the profile itself
 * (getAreaProfile): public where the programme is published, 404 otherwise.
 */
export async function exportProfilePdf(db: Db, actor: Actor, programmeId: string, areaCode: string, locale: Locale, origin: string): Promise<PdfFile> {
  const profile = await getAreaProfile(db, actor, programmeId, areaCode);
  const createdAt = new Date();
  const body = await renderPdf(profileDocument({ profile, locale, origin, createdAt }));
  return { fileName: `profil-${profile.programme.slug}-${profile.area.code}-${createdAt.toISOString().slice(0, 10)}.pdf`, body };
}
