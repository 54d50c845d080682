import type { Db, DbOrTx } from '../../db/client';
import { inSnapshot } from '../../db/snapshot';
import { xlsxStream, type XlsxCell, type XlsxColumn } from '../../files/xlsx-writer';
import type { Actor } from '../../http/actor';
import { visibleLineage } from '../programmes/programmes.access';
import { can } from '../../http/permissions';
import { forbidden } from '../../http/errors';
import * as repo from './projects.repo';
import { toSummary } from './projects.view';
import { serverTranslator } from '../../i18n/translator';
import type { TFunction } from '../../../shared/i18n/translator';
import { CSV_BOM, csvLine } from '../../../shared/domain/csv';
import { pickText } from '../../../shared/domain/localized';
import type { Portfolio, PortfolioExportQuery, PortfolioQuery, ProjectSummary } from '../../../shared/contracts/projects';

/**
 * Who reads the programme's portfolio: insiders every project, others the published ones. The
 * RAG comes from the status reports, which are internal: others may not filter by it.
 */
async function reader(db: DbOrTx, actor: Actor, programmeId: string, q: Pick<PortfolioQuery, 'rag'>) {
  const lineage = await visibleLineage(db, actor, programmeId);
  const programmeIds = lineage.map((l) => l.id);
  const insider = can(actor, 'programme.readInternal', { programmeIds });
  if (!insider && q.rag?.length) throw forbidden('Only those who work in the programme filter the portfolio by RAG');
  return { insider, canManage: can(actor, 'portfolio.manage', { programmeIds }) };
}

/** A page of the programme's portfolio, filtered, with the budget sums of every project that matches. */
export async function listPortfolio(db: DbOrTx, actor: Actor, programmeId: string, q: PortfolioQuery): Promise<Portfolio> {
  const { insider, canManage } = await reader(db, actor, programmeId, q);
  const [rows, totals] = await Promise.all([repo.listPortfolio(db, programmeId, q, !insider), repo.portfolioTotals(db, programmeId, q, !insider)]);
  return {
    items: rows.map((r) => toSummary(r, insider)),
    total: totals.reduce((n, t) => n + t.projects, 0),
    totals: totals.map((t) => ({ currency: t.currency, projects: t.projects, applied: Number(t.applied), granted: Number(t.granted), spent: Number(t.spent) })),
    canManage,
  };
}

type Cells = (p: ProjectSummary, t: TFunction, lang: PortfolioExportQuery['lang']) => XlsxCell;

/**
 * The portfolio's columns as the exports write them: the key of the header's words, how a cell is
 * written and filled, and whether only those who work in the programme get it (the RAG, from the
 * internal status reports).
 */
const COLUMNS: { key: string; kind: XlsxColumn['kind']; width: number; internal?: true; cell: Cells }[] = [
  { key: 'title', kind: 'text', width: 48, cell: (p, _t, lang) => pickText(p.title, lang).text },
  { key: 'owner', kind: 'text', width: 32, cell: (p) => p.owner.name },
  { key: 'ownerRole', kind: 'text', width: 18, cell: (p, t) => t(`portfolio.partnerRoles.${p.ownerRole}`) },
  { key: 'phase', kind: 'text', width: 18, cell: (p, t) => t(`portfolio.phases.${p.phase}`) },
  { key: 'rag', kind: 'text', width: 14, internal: true, cell: (p, t) => t(p.rag ? `reports.rag.${p.rag}` : 'portfolio.rag.none') },
  { key: 'fundingProgramme', kind: 'text', width: 24, cell: (p, t) => t(`portfolio.fundingProgrammes.${p.fundingProgramme}`) },
  { key: 'fundingProgrammeName', kind: 'text', width: 24, cell: (p) => p.fundingProgrammeName },
  { key: 'startsOn', kind: 'date', width: 12, cell: (p) => p.startsOn },
  { key: 'endsOn', kind: 'date', width: 12, cell: (p) => p.endsOn },
  { key: 'currency', kind: 'text', width: 9, cell: (p) => p.currency },
  { key: 'applied', kind: 'number', width: 14, cell: (p) => p.budget?.applied ?? null },
  { key: 'granted', kind: 'number', width: 14, cell: (p) => p.budget?.granted ?? null },
  { key: 'spent', kind: 'number', width: 14, cell: (p) => p.budget?.spent ?? null },
  { key: 'partnerCountries', kind: 'text', width: 16, cell: (p) => p.partnerCountries.join(', ') },
  { key: 'published', kind: 'text', width: 10, cell: (p, t) => t(p.isPublished ? 'portfolio.yes' : 'portfolio.no') },
];

/**
 * Every project that matches, as rows of cells in the reader's language, a page at a time from
 * one snapshot: one row per project with its budget sums in its own currency.
 */
async function exportRows(db: Db, actor: Actor, programmeId: string, q: PortfolioExportQuery) {
  const { insider } = await reader(db, actor, programmeId, q);
  const { t } = serverTranslator(q.lang);
  const shown = COLUMNS.filter((c) => insider || !c.internal);
  const columns: XlsxColumn[] = shown.map((c) => ({ header: t(`portfolio.columns.${c.key}`), kind: c.kind, width: c.width }));
  const pages = inSnapshot(db, async function* (client) {
    for await (const rows of repo.portfolioCursor(client, programmeId, q, !insider)) {
      yield rows.map((row): XlsxCell[] => {
        const p = toSummary(row, insider);
        return shown.map((c) => c.cell(p, t, q.lang));
      });
    }
  });
  return { columns, pages, sheetName: t('portfolio.admin.title') };
}

/** The portfolio as CSV (the layout of shared/domain/csv.ts). */
export async function portfolioCsv(db: Db, actor: Actor, programmeId: string, q: PortfolioExportQuery): Promise<AsyncIterable<string>> {
  const { columns, pages } = await exportRows(db, actor, programmeId, q);
  return (async function* () {
    yield CSV_BOM + csvLine(columns.map((c) => c.header));
    for await (const page of pages) yield page.map((cells) => csvLine(cells)).join('');
  })();
}

/** The portfolio as a spreadsheet (.xlsx), streamed. */
export async function portfolioXlsx(db: Db, actor: Actor, programmeId: string, q: PortfolioExportQuery): Promise<AsyncIterable<Uint8Array>> {
  const { columns, pages, sheetName } = await exportRows(db, actor, programmeId, q);
  return xlsxStream({ name: sheetName, columns, pages });
}
