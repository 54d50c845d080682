import { asciiSlug } from '../../../shared/domain/ascii-slug';
import type { Plan } from '../../../shared/contracts/development';
import type { AreaProfile } from '../../../shared/contracts/profiles';
import { PLAN_PARTS, type Arena, type PlanPart } from '../../../shared/domain/development';
import { dateTimeFormat } from '../../../shared/domain/intl';
import { pickText, type Locale, type LocalizedText } from '../../../shared/domain/localized';
import type { TFunction } from '../../../shared/i18n/translator';
import { serverTranslator } from '../../i18n/translator';
import { PDF_LANG, type PdfBlock, type PdfDocumentSpec } from '../../pdf/pdf-model';
import { renderPdf } from '../../pdf/pdf-render';
import { profileDocument } from '../profiles/profiles.pdf';
import { renderDocx } from './docx-writer';

/**
 * A group's development plan as a document to take home: an accessible PDF (tagged, with its
 * language and title, headings per part, lists and tables) and a DOCX (Heading 1–3 styles, real
 * lists and tables) to go on working in a word processor. Both are written from one document
 * model (`planDocument`), so they say the same. The caller has already applied the reader's
 * rights to the plan (the public gets no comments).
 */

/** What the plan does not hold itself, passed in by the route. */
export interface PlanExportContext {
  /** The development programme's name. */
  programmeName: LocalizedText;
  /** The cohort the group belongs to. */
  cohortName: LocalizedText;
  /** The programme's wording of each part's question (its development settings); missing or null: the standard wording. */
  cycleQuestions?: Partial<Record<PlanPart, LocalizedText | null>>;
  /** The arenas' names in the document's language, when the caller has its own; the export's words otherwise. */
  arenaLabels?: Partial<Record<Arena, string>>;
  /** The area profile that opens "Where are we?" (`getAreaProfile` with the plan's programme and area); none when left out. */
  areaProfile?: AreaProfile | null;
  /** Include the facilitator's comments on each part (the group's own copy); left out by default. */
  includeComments?: boolean;
  /** When the document is made; now by default. */
  createdAt?: Date;
}

/** Characters no document can show: controls other than tab and line feed, lone surrogates, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- the pattern names the control characters to drop, on purpose
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A user's text made safe to lay out: line ends as \n, unprintable characters dropped, trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '').trim();
}

/** A text of several paragraphs (a blank line between them) as paragraphs; `empty` when there is none. */
function prose(text: string, empty: string): PdfBlock[] {
  const parts = cleanText(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return [{ kind: 'paragraph', style: 'note', text: empty }];
  return parts.map((p) => ({ kind: 'paragraph', text: p }));
}

function longDate(instant: Date | string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(instant));
}

function period(from: number | null, to: number | null, t: TFunction): string {
  if (from !== null && to !== null) return from === to ? String(from) : t('developmentExport.period.both', { from, to });
  if (from !== null) return t('developmentExport.period.from', { from });
  if (to !== null) return t('developmentExport.period.to', { to });
  return t('developmentExport.period.none');
}

/** "1. Hvor er vi?", in the programme's words when it has its own, marked when they are in another language. */
function partHeading(part: PlanPart, context: PlanExportContext, locale: Locale, t: TFunction): PdfBlock {
  const own = context.cycleQuestions?.[part];
  const picked = own ? pickText(own, locale) : null;
  const question = picked && picked.text.trim() !== '' ? cleanText(picked.text) : t(`developmentExport.question.${part}`);
  const lang = picked && picked.lang !== locale ? PDF_LANG[picked.lang] : undefined;
  return { kind: 'heading', level: 2, text: t('developmentExport.part', { number: PLAN_PARTS.indexOf(part) + 1, question }), ...(lang ? { lang } : {}) };
}

/** The area profile's introduction, table and sources, from the profile's own document, under a heading of this one. */
function profileBlocks(profile: AreaProfile, locale: Locale, t: TFunction, createdAt: Date): PdfBlock[] {
  const own = profileDocument({ profile, locale, origin: '', createdAt }).blocks;
  const area = own[0]?.kind === 'heading' ? own[0] : undefined;
  const blocks: PdfBlock[] = [{ kind: 'heading', level: 3, text: area ? `${t('developmentExport.areaProfile')}: ${area.text}` : t('developmentExport.areaProfile') }];
  for (const b of own) {
    if (b.kind === 'paragraph' && b.style === 'lead') blocks.push({ kind: 'paragraph', text: b.text });
    else if (b.kind === 'paragraph' && b.style === 'note') blocks.push(b);
    else if (b.kind === 'table') blocks.push(b);
    // The indicators' sources, as notes under the table.
    else if (b.kind === 'list' && blocks.some((x) => x.kind === 'table')) return [...blocks, b];
  }
  return blocks;
}

function comments(plan: Plan, part: PlanPart, context: PlanExportContext, locale: Locale, t: TFunction): PdfBlock[] {
  if (!context.includeComments) return [];
  const mine = plan.comments.filter((c) => c.part === part);
  if (mine.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: t('developmentExport.comments') },
    {
      kind: 'list',
      items: mine.map((c) => ({ text: t('developmentExport.comment', { body: cleanText(c.body), author: c.authorName ? cleanText(c.authorName) : t('developmentExport.unknownAuthor'), date: longDate(c.createdAt, locale) }) })),
    },
  ];
}

function whereAreWe(plan: Plan, context: PlanExportContext, locale: Locale, t: TFunction, createdAt: Date): PdfBlock[] {
  const empty = t('developmentExport.empty');
  return [
    ...(context.areaProfile ? profileBlocks(context.areaProfile, locale, t, createdAt) : []),
    { kind: 'heading', level: 3, text: t('developmentExport.strengths') },
    ...prose(plan.strengths, empty),
    { kind: 'heading', level: 3, text: t('developmentExport.weaknesses') },
    ...prose(plan.weaknesses, empty),
    { kind: 'heading', level: 3, text: t('developmentExport.needs') },
    ...prose(plan.needs, empty),
  ];
}

function goalText(goal: { title: string; description: string }): string {
  const title = cleanText(goal.title);
  const description = cleanText(goal.description);
  return description ? `${title}: ${description}` : title;
}

function whereToGo(plan: Plan, t: TFunction): PdfBlock[] {
  return [
    { kind: 'heading', level: 3, text: t('developmentExport.futureImages') },
    ...prose(plan.futureImages, t('developmentExport.empty')),
    { kind: 'heading', level: 3, text: t('developmentExport.goals') },
    plan.goals.length === 0 ? { kind: 'paragraph', style: 'note', text: t('developmentExport.noGoals') } : { kind: 'list', numbered: true, items: plan.goals.map((g) => ({ text: goalText(g) })) },
  ];
}

function whoDoesWhat(plan: Plan, context: PlanExportContext, t: TFunction): PdfBlock[] {
  const arena = (a: Arena) => context.arenaLabels?.[a] ?? t(`developmentExport.arena.${a}`);
  return [
    { kind: 'heading', level: 3, text: t('developmentExport.actors') },
    plan.actors.length === 0
      ? { kind: 'paragraph', style: 'note', text: t('developmentExport.noActors') }
      : {
          kind: 'table',
          header: [t('developmentExport.actor.name'), t('developmentExport.actor.role'), t('developmentExport.actor.arena')],
          widths: [2.4, 4, 2],
          rowHeaders: true,
          rows: plan.actors.map((a) => [cleanText(a.name), cleanText(a.role), arena(a.arena)]),
        },
  ];
}

function howToGetThere(plan: Plan, t: TFunction): PdfBlock[] {
  if (plan.efforts.length === 0) return [{ kind: 'paragraph', style: 'note', text: t('developmentExport.noEfforts') }];
  const notSet = t('developmentExport.notSet');
  return plan.efforts.flatMap((e): PdfBlock[] => {
    const served = e.goals.filter((i) => plan.goals[i]).map((i) => t('developmentExport.goalRef', { number: i + 1, title: cleanText(plan.goals[i]!.title) }));
    return [
      { kind: 'heading', level: 3, text: cleanText(e.title) },
      ...(cleanText(e.description) ? prose(e.description, '') : []),
      {
        kind: 'facts',
        items: [
          { term: t('developmentExport.effort.responsible'), value: cleanText(e.responsible) || notSet },
          { term: t('developmentExport.effort.period'), value: period(e.fromYear, e.toYear, t) },
          { term: t('developmentExport.effort.goals'), value: served.length > 0 ? served.join('; ') : t('developmentExport.noGoalRefs') },
          { term: t('developmentExport.effort.followUp'), value: cleanText(e.followUp) || notSet },
        ],
      },
    ];
  });
}

/** The plan as a document model in one language: what both the PDF and the DOCX are written from. */
export function planDocument(plan: Plan, context: PlanExportContext, locale: Locale): PdfDocumentSpec {
  const { t } = serverTranslator(locale);
  const createdAt = context.createdAt ?? new Date();
  const organisation = cleanText(plan.organisationName);
  const programme = cleanText(pickText(context.programmeName, locale).text);
  const cohort = cleanText(pickText(context.cohortName, locale).text);
  const title = t('developmentExport.title', { organisation });
  const parts: Record<PlanPart, PdfBlock[]> = {
    where_are_we: whereAreWe(plan, context, locale, t, createdAt),
    where_to_go: whereToGo(plan, t),
    who_does_what: whoDoesWhat(plan, context, t),
    how_to_get_there: howToGetThere(plan, t),
  };
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'facts',
      items: [
        { term: t('developmentExport.facts.programme'), value: programme },
        { term: t('developmentExport.facts.cohort'), value: cohort },
        { term: t('developmentExport.facts.updated'), value: plan.updatedAt ? longDate(plan.updatedAt, locale) : t('developmentExport.notUpdated') },
        { term: t('developmentExport.facts.made'), value: longDate(createdAt, locale) },
      ],
    },
    ...PLAN_PARTS.flatMap((part) => [partHeading(part, context, locale, t), ...parts[part], ...comments(plan, part, context, locale, t)]),
  ];
  return {
    lang: PDF_LANG[locale],
    title,
    author: organisation,
    subject: t('developmentExport.subject', { organisation, programme }),
    runningHeader: t('developmentExport.runningHeader', { programme, organisation }),
    pageLabel: (page, pages) => t('developmentExport.page', { page, pages }),
    blocks,
    createdAt,
  };
}

/** The plan as an accessible (tagged, PDF/UA) PDF. */
export function planPdf(plan: Plan, context: PlanExportContext, locale: Locale): Promise<Buffer> {
  return renderPdf(planDocument(plan, context, locale));
}

/** The plan as a Word document (.docx). */
export function planDocx(plan: Plan, context: PlanExportContext, locale: Locale): Buffer {
  return renderDocx(planDocument(plan, context, locale));
}

export const PLAN_EXPORT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** "utviklingsplan-loten-kommune-nb.pdf": a file name in plain ASCII, safe in a Content-Disposition header. */
export function planExportFileName(plan: Pick<Plan, 'organisationName'>, locale: Locale, format: keyof typeof PLAN_EXPORT_TYPES): string {
  const name = asciiSlug(plan.organisationName, 60);
  return `utviklingsplan-${name || 'plan'}-${locale}.${format}`;
}
