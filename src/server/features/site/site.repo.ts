import { and, asc, eq, inArray, isNotNull, sql, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { areas } from '../areas/areas.table';
import { indicators, programmeAreas, programmeIndicators } from '../indicators/indicators.table';
import { programmes } from '../programmes/programmes.table';
import { bodies } from '../governance/governance.table';
import { actionProgrammes } from '../governance/action-programmes.table';
import { projects } from '../portfolio/projects.table';
import { calls } from '../calls/calls.table';
import { contentItems } from '../content/content.table';
import { documents } from '../documents/documents.table';
import { standards, standardTranslations, standardVersions } from '../standards/standards.table';
import { events } from '../events/events.table';
import { cohorts, developmentPlans, participantGroups } from '../development/development.table';

/** What the sitemap lists of a programme: its pages' parameters and when it last changed. */
export interface SitemapProgramme {
  id: string;
  slug: string;
  updatedAt: Date;
  indicatorCodes: string[];
  areaCodes: string[];
  /** Its public bodies, each with a page; with any, the programme has governance pages. */
  bodyIds: string[];
  /** Its published action programmes, each with a page. */
  actionProgrammeIds: string[];
  /** Its published projects, each with a page; with any, the programme has a portfolio page. */
  projectIds: string[];
  /** Its published calls (open, closed or decided), each with a page; with any, the programme has a calls page. */
  callIds: string[];
  /** Its published pages (by address) and news items (by id); with news, the programme has a news page. */
  pageSlugs: string[];
  newsIds: string[];
  /** Its published (or cancelled) events, each with a page; with any, the programme has an events page. */
  eventIds: string[];
  /** Its public documents, each with a page; with any, the programme has an archive page. */
  documentIds: string[];
  /** Its published standards, each with the languages it is translated into. */
  standards: { id: string; languages: string[] }[];
  /** The participant groups (of its development programme's cohorts) whose plans are public. */
  publicPlanGroupIds: string[];
}

/** The programmes given, by slug, with the indicators they follow and their focus areas (each has a profile page). */
export async function listSitemapProgrammes(db: DbOrTx, ids: readonly string[]): Promise<SitemapProgramme[]> {
  if (ids.length === 0) return [];
  const [rows, followed, areaRows, bodyRows, actionProgrammeRows, projectRows, callRows, contentRows, eventRows, documentRows, standardRows, planRows] = await Promise.all([
    db.select({ id: programmes.id, slug: programmes.slug, updatedAt: programmes.updatedAt }).from(programmes).where(inArray(programmes.id, [...ids])).orderBy(asc(programmes.slug)),
    db
      .select({ programmeId: programmeIndicators.programmeId, code: indicators.code })
      .from(programmeIndicators)
      .innerJoin(indicators, eq(indicators.id, programmeIndicators.indicatorId))
      .where(inArray(programmeIndicators.programmeId, [...ids]))
      .orderBy(asc(programmeIndicators.sortOrder)),
    db
      .select({ programmeId: programmeAreas.programmeId, code: areas.code })
      .from(programmeAreas)
      .innerJoin(areas, eq(areas.id, programmeAreas.areaId))
      .where(and(inArray(programmeAreas.programmeId, [...ids]), eq(programmeAreas.role, 'focus')))
      .orderBy(asc(programmeAreas.sortOrder)),
    db
      .select({ programmeId: bodies.programmeId, id: bodies.id })
      .from(bodies)
      .where(and(inArray(bodies.programmeId, [...ids]), eq(bodies.isPublic, true)))
      .orderBy(asc(bodies.createdAt)),
    db
      .select({ programmeId: actionProgrammes.programmeId, id: actionProgrammes.id })
      .from(actionProgrammes)
      .where(and(inArray(actionProgrammes.programmeId, [...ids]), isNotNull(actionProgrammes.publishedAt)))
      .orderBy(asc(actionProgrammes.periodFrom)),
    db
      .select({ programmeId: projects.programmeId, id: projects.id })
      .from(projects)
      .where(and(inArray(projects.programmeId, [...ids]), isNotNull(projects.publishedAt)))
      .orderBy(asc(projects.createdAt)),
    db
      .select({ programmeId: calls.programmeId, id: calls.id })
      .from(calls)
      .where(and(inArray(calls.programmeId, [...ids]), isNotNull(calls.publishedAt)))
      .orderBy(asc(calls.createdAt)),
    db
      .select({ programmeId: contentItems.programmeId, id: contentItems.id, kind: contentItems.kind, slug: contentItems.slug })
      .from(contentItems)
      .where(and(inArray(contentItems.programmeId, [...ids]), isNotNull(contentItems.published)))
      .orderBy(asc(contentItems.slug), asc(contentItems.firstPublishedAt)),
    db
      .select({ programmeId: events.programmeId, id: events.id })
      .from(events)
      .where(and(inArray(events.programmeId, [...ids]), ne(events.status, 'draft')))
      .orderBy(asc(events.startsAt)),
    db
      .select({ programmeId: documents.programmeId, id: documents.id })
      .from(documents)
      .where(and(inArray(documents.programmeId, [...ids]), eq(documents.visibility, 'public')))
      .orderBy(asc(documents.documentDate)),
    db
      .selectDistinct({ programmeId: standards.programmeId, id: standards.id, language: standardTranslations.language })
      .from(standards)
      .innerJoin(standardVersions, eq(standardVersions.standardId, standards.id))
      .leftJoin(standardTranslations, and(eq(standardTranslations.standardId, standards.id), sql`${standardTranslations.sections} <> '{}'::jsonb`))
      .where(inArray(standards.programmeId, [...ids]))
      .orderBy(asc(standards.id), asc(standardTranslations.language)),
    db
      .select({ programmeId: cohorts.programmeId, id: participantGroups.id })
      .from(developmentPlans)
      .innerJoin(participantGroups, eq(participantGroups.id, developmentPlans.groupId))
      .innerJoin(cohorts, eq(cohorts.id, participantGroups.cohortId))
      .where(and(inArray(cohorts.programmeId, [...ids]), eq(developmentPlans.isPublic, true)))
      .orderBy(asc(participantGroups.createdAt)),
  ]);
  return rows.map((p) => ({
    ...p,
    indicatorCodes: followed.filter((f) => f.programmeId === p.id).map((f) => f.code),
    areaCodes: [...new Set(areaRows.filter((a) => a.programmeId === p.id).map((a) => a.code))],
    bodyIds: bodyRows.filter((b) => b.programmeId === p.id).map((b) => b.id),
    actionProgrammeIds: actionProgrammeRows.filter((a) => a.programmeId === p.id).map((a) => a.id),
    projectIds: projectRows.filter((r) => r.programmeId === p.id).map((r) => r.id),
    callIds: callRows.filter((r) => r.programmeId === p.id).map((r) => r.id),
    pageSlugs: contentRows.filter((r) => r.programmeId === p.id && r.kind === 'page').map((r) => r.slug!),
    newsIds: contentRows.filter((r) => r.programmeId === p.id && r.kind === 'news').map((r) => r.id),
    eventIds: eventRows.filter((r) => r.programmeId === p.id).map((r) => r.id),
    documentIds: documentRows.filter((r) => r.programmeId === p.id).map((r) => r.id),
    standards: [...new Set(standardRows.filter((r) => r.programmeId === p.id).map((r) => r.id))].map((id) => ({
      id,
      languages: standardRows.filter((r) => r.id === id && r.language).map((r) => r.language!),
    })),
    publicPlanGroupIds: planRows.filter((r) => r.programmeId === p.id).map((r) => r.id),
  }));
}
