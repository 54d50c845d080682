import type { DbOrTx } from '../../db/client';
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

const PAGE = 1000;

/**
 * The portfolio as CSV (the layout of shared/domain/csv.ts), every project that matches, written
 * a page at a time: one row per project with its budget sums in its own currency.
 */
export async function portfolioCsv(db: DbOrTx, actor: Actor, programmeId: string, q: PortfolioExportQuery): Promise<AsyncIterable<string>> {
  const { insider } = await reader(db, actor, programmeId);
  const { t } = serverTranslator(q.lang);
  const header = csvLine(
    ['title', 'owner', 'ownerRole', 'phase', 'fundingProgramme', 'fundingProgrammeName', 'startsOn', 'endsOn', 'currency', 'applied', 'granted', 'spent', 'partnerCountries', 'published'].map((c) =>
      t(`portfolio.columns.${c}`),
    ),
  );
  return (async function* () {
    yield CSV_BOM + header;
    for (let offset = 0; ; offset += PAGE) {
      const rows = await repo.listPortfolio(db, programmeId, { ...q, limit: PAGE, offset }, !insider);
      let out = '';
      for (const row of rows) {
        const p = toSummary(row, insider);
        out += csvLine([
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
        ]);
      }
      if (out) yield out;
      if (rows.length < PAGE) return;
    }
  })();
}
