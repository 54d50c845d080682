import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { areas } from '../features/areas/areas.table';
import { organisations } from '../features/organisations/organisations.table';
import { people } from '../features/people/people.table';
import { contacts, participations } from '../features/programmes/participations.table';
import { programmes } from '../features/programmes/programmes.table';
import { programmeRoles, users } from '../features/users/users.table';
import { hashPassword } from '../features/users/passwords';
import { DEMO_AREAS, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_USERS, OSLO_GEOJSON, type DemoArea } from './demo-data';
import { DEMO_PROGRAMMES, demoOwners } from './demo-programmes';
import { loadDemoStatistics } from './demo-statistics';
import { loadDemoGoals } from './demo-goals';
import { loadDemoGovernance } from './demo-governance';
import { loadDemoPortfolio } from './demo-portfolio';
import { loadDemoCalls } from './demo-calls';
import { loadDemoReviews } from './demo-reviews';
import { loadDemoDecisions } from './demo-decisions';
import { loadDemoReports } from './demo-reports';
import { loadDemoBenefits } from './demo-benefits';
import { loadDemoPartnerSearches } from './demo-partner-searches';
import { loadDemoContent } from './demo-content';
import { loadDemoDocuments } from './demo-documents';
import { loadDemoEvents } from './demo-events';
import { loadDemoStandards } from './demo-standards';
import { loadDemoDevelopment } from './demo-development';

export { OSLO_GEOJSON };

interface GeoFeature {
  properties: { id: string; name: string };
}

/** Oslo's 15 city districts from the Bydelsfakta GeoJSON; SSB's code is "0301" + the district id. */
export function osloDistricts(file = OSLO_GEOJSON): DemoArea[] {
  const geo = JSON.parse(readFileSync(file, 'utf8')) as { features: GeoFeature[] };
  return geo.features.map((f) => ({
    code: `0301${f.properties.id}`,
    kind: 'city_district' as const,
    name: `Bydel ${f.properties.name.replace('St.Hanshaugen', 'St. Hanshaugen')}`,
    parentCode: '0301',
  }));
}

export interface DemoSummary {
  areas: number;
  organisations: number;
  people: number;
  programmes: number;
  users: number;
  indicators: number;
  observations: number;
  goals: number;
  bodies: number;
}

async function ensureArea(tx: Tx, a: DemoArea, ids: Map<string, string>): Promise<void> {
  const parentId = a.parentCode ? ids.get(a.parentCode) ?? null : null;
  const [row] = await tx.insert(areas).values({ code: a.code, kind: a.kind, name: a.name, nameNn: a.nameNn ?? null, nameEn: a.nameEn ?? null, parentId }).onConflictDoNothing().returning({ id: areas.id });
  const id = row?.id ?? (await tx.select({ id: areas.id }).from(areas).where(eq(areas.code, a.code)))[0]!.id;
  ids.set(a.code, id);
}

/**
 * Loads the demo installation. Idempotent: each record is found by its natural key (area code,
 * organisation name, e-mail, programme slug) and only created when missing, so a second run
 * changes nothing and edits made in the running demo are kept. One transaction: all or nothing.
 * `origin`: the site's address, for the links in the decision letters the demo's board sends.
 */
export async function loadDemoData(db: Db, options: { origin?: string } = {}): Promise<DemoSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const areaIds = new Map<string, string>();
    const allAreas = [...DEMO_AREAS, ...osloDistricts()];
    for (const a of allAreas) await ensureArea(tx, a, areaIds);

    const orgIds = new Map<string, string>();
    const newOrgs = new Set<string>();
    const newPeople = new Set<string>();
    for (const o of DEMO_ORGANISATIONS) {
      const [found] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, o.name));
      if (found) {
        orgIds.set(o.key, found.id);
        continue;
      }
      const [row] = await tx
        .insert(organisations)
        .values({
          name: o.name,
          shortName: o.shortName ?? null,
          kind: o.kind,
          orgNumber: o.orgNumber ?? null,
          parentId: o.parent ? orgIds.get(o.parent)! : null,
          areaId: o.areaCode ? areaIds.get(o.areaCode) ?? null : null,
        })
        .returning({ id: organisations.id });
      orgIds.set(o.key, row!.id);
      newOrgs.add(o.key);
    }

    const personIds = new Map<string, string>();
    for (const p of DEMO_PEOPLE) {
      const [found] = await tx.select({ id: people.id }).from(people).where(eq(people.email, p.email));
      if (!found) newPeople.add(p.key);
      const id =
        found?.id ??
        (await tx
          .insert(people)
          .values({ name: p.name, title: p.title, titleNn: p.titles.nn, titleEn: p.titles.en, email: p.email, phone: p.phone ?? null, organisationId: orgIds.get(p.organisation)! })
          .returning({ id: people.id }))[0]!.id;
      personIds.set(p.key, id);
    }

    const programmeIds = new Map<string, string>();
    for (const p of DEMO_PROGRAMMES) {
      const [found] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, p.slug));
      if (found) {
        programmeIds.set(p.slug, found.id);
        continue;
      }
      const [row] = await tx
        .insert(programmes)
        .values({ slug: p.slug, kind: p.kind, parentId: p.parent ? programmeIds.get(p.parent)! : null, name: p.name, summary: p.summary, purpose: p.purpose, goalText: p.goalText })
        .returning({ id: programmes.id });
      const id = row!.id;
      programmeIds.set(p.slug, id);
      for (const part of p.participations) {
        await tx.insert(participations).values({ programmeId: id, organisationId: orgIds.get(part.org)!, role: part.role, note: part.note ?? null, noteNn: part.notes?.nn ?? null, noteEn: part.notes?.en ?? null }).onConflictDoNothing();
      }
      for (const [i, c] of p.contacts.entries()) {
        await tx.insert(contacts).values({ programmeId: id, personId: personIds.get(c.person)!, role: c.role, sortOrder: i }).onConflictDoNothing();
      }
    }

    // Who keeps the new register entries: the programme they take part in (the deepest, when
    // they take part in a programme and its sub-programme); the platform when they take part in
    // programmes of different trees, or in none.
    for (const [key, slug] of demoOwners(DEMO_PROGRAMMES.map((p) => [p.slug, p.participations.map((x) => x.org)]))) {
      if (slug && newOrgs.has(key)) await tx.update(organisations).set({ ownerProgrammeId: programmeIds.get(slug)! }).where(eq(organisations.id, orgIds.get(key)!));
    }
    for (const [key, slug] of demoOwners(DEMO_PROGRAMMES.map((p) => [p.slug, p.contacts.map((x) => x.person)]))) {
      if (slug && newPeople.has(key)) await tx.update(people).set({ ownerProgrammeId: programmeIds.get(slug)! }).where(eq(people.id, personIds.get(key)!));
    }

    for (const u of DEMO_USERS) {
      const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.email, u.email));
      if (found) continue;
      const [row] = await tx
        .insert(users)
        .values({ email: u.email, name: u.name, passwordHash, isPlatformAdmin: u.isPlatformAdmin ?? false, organisationId: u.organisation ? orgIds.get(u.organisation)! : null })
        .returning({ id: users.id });
      for (const [slug, role] of u.roles) {
        await tx.insert(programmeRoles).values({ userId: row!.id, programmeId: programmeIds.get(slug)!, role }).onConflictDoNothing();
      }
    }

    const statistics = await loadDemoStatistics(tx);
    const goalCount = await loadDemoGoals(tx);
    const bodyCount = await loadDemoGovernance(tx);
    const projectCount = await loadDemoPortfolio(tx);
    const callCount = await loadDemoCalls(tx);
    await loadDemoReviews(tx);
    const decided = await loadDemoDecisions(tx, options.origin ?? 'http://localhost:3000');
    await loadDemoReports(tx);
    const benefitCount = await loadDemoBenefits(tx);
    await loadDemoPartnerSearches(tx);
    await loadDemoContent(tx);
    await loadDemoEvents(tx);
    await loadDemoDocuments(tx);
    await loadDemoStandards(tx);
    await loadDemoDevelopment(tx);

    return {
      ...statistics,
      goals: goalCount,
      bodies: bodyCount,
      projects: projectCount,
      calls: callCount,
      decided,
      benefits: benefitCount,
      areas: allAreas.length,
      organisations: DEMO_ORGANISATIONS.length,
      people: DEMO_PEOPLE.length,
      programmes: DEMO_PROGRAMMES.length,
      users: DEMO_USERS.length,
    };
  });
}
