import type { Db, DbOrTx } from '../../db/client';
import { inSnapshot } from '../../db/snapshot';
import { xlsxStream, type XlsxCell, type XlsxColumn } from '../../files/xlsx-writer';
import type { Actor } from '../../http/actor';
import { visibleLineage } from '../programmes/programmes.access';
import { can } from '../../http/permissions';
import * as repo from './projects.repo';
import { toSummary } from './projects.view';
import { serverTranslator } from '../../i18n/translator';
import { CSV_BOM, csvLine } from '../../../shared/domain/csv';
import { pickText } from '../../../shared/domain/localized';
import type { Portfolio, PortfolioExportQuery, PortfolioQuery } from '../../../shared/contracts/projects';

/** Who reads the programme's portfolio: insiders every project, others the published ones. */
async function reader(db: DbOrTx, actor: Actor, programmeId: string) {
  const lineage = await visibleLineage(db, actor, programmeId);
  const programmeIds = lineage.map((l) => l.id);
  return { insider: can(actor, 'programme.readInternal', { programmeIds }), canManage: can(actor, 'portfolio.manage', { programmeIds }) };
}

/** A page of the programme's portfolio, filtered, with the budget sums of every project that matches. */
export async function listPortfolio(db: DbOrTx, actor: Actor, programmeId: string, q: PortfolioQuery): Promise<Portfolio> {
  const { insider, canManage } = await reader(db, actor, programmeId);
  const [rows, totals] = await Promise.all([repo.listPortfolio(db, programmeId, q, !insider), repo.portfolioTotals(db, programmeId, q, !insider)]);
  return {
    items: rows.map((r) => toSummary(r, insider)),
    total: totals.reduce((n, t) => n + t.projects, 0),
    totals: totals.map((t) => ({ currency: t.currency, projects: t.projects, applied: Number(t.applied), granted: Number(t.granted), spent: Number(t.spent) })),
    canManage,
  };
}

/** The portfolio's columns as the exports write them: the key of the header's words, and how a cell is written. */
const COLUMNS: { key: string; kind: XlsxColumn['kind']; width: number }[] = [
  { key: 'title', kind: 'text', width: 48 },
  { key: 'owner', kind: 'text', width: 32 },
  { key: 'ownerRole', kind: 'text', width: 18 },
  { key: 'phase', kind: 'text', width: 18 },
  { key: 'fundingProgramme', kind: 'text', width: 24 },
  { key: 'fundingProgrammeName', kind: 'text', width: 24 },
  { key: 'startsOn', kind: 'date', width: 12 },
  { key: 'endsOn', kind: 'date', width: 12 },
  { key: 'currency', kind: 'text', width: 9 },
  { key: 'applied', kind: 'number', width: 14 },
  { key: 'granted', kind: 'number', width: 14 },
  { key: 'spent', kind: 'number', width: 14 },
  { key: 'partnerCountries', kind: 'text', width: 16 },
  { key: 'published', kind: 'text', width: 10 },
];

/**
 * Every project that matches, as rows of cells in the reader's language, a page at a time from
 * one snapshot: one row per project with its budget sums in its own currency.
 */
async function exportRows(db: Db, actor: Actor, programmeId: string, q: PortfolioExportQuery) {
  const { insider } = await reader(db, actor, programmeId);
  const { t } = serverTranslator(q.lang);
  const columns: XlsxColumn[] = COLUMNS.map((c) => ({ header: t(`portfolio.columns.${c.key}`), kind: c.kind, width: c.width }));
  const pages = inSnapshot(db, async function* (client) {
    for await (const rows of repo.portfolioCursor(client, programmeId, q, !insider)) {
      yield rows.map((row): XlsxCell[] => {
        const p = toSummary(row, insider);
        return [
          pickText(p.title, q.lang).text,
          p.owner.name,
          t(`portfolio.partnerRoles.${p.ownerRole}`),
          t(`portfolio.phases.${p.phase}`),
          t(`portfolio.fundingProgrammes.${p.fundingProgramme}`),
          p.fundingProgrammeName,
          p.startsOn,
          p.endsOn,
          p.currency,
          p.budget?.applied ?? null,
          p.budget?.granted ?? null,
          p.budget?.spent ?? null,
          p.partnerCountries.join(', '),
          t(p.isPublished ? 'portfolio.yes' : 'portfolio.no'),
        ];
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
