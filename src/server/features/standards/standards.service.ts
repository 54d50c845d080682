import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import * as repo from './standards.repo';
import { accessTo, accessToAll, basedOnOf, isEditor, overviewOf, scoped, versionSummary, type BasedOn, type StandardAccess } from './standards.access';
import type { StandardRow, StandardTranslationRow, StandardVersionRow } from './standards.table';
import type { StandardCreate, StandardDetail, StandardList, StandardPublish, StandardSummary, StandardUpdate } from '../../../shared/contracts/standards';
import { languageStatus, MILESTONE_KINDS, sectionWords, type SourceSection } from '../../../shared/domain/standards';

const rows = repo.standardRows;

function summary(row: repo.StandardWithNames, versions: readonly StandardVersionRow[], translations: readonly StandardTranslationRow[], basedOn: BasedOn, access: StandardAccess): StandardSummary {
  const latest = versions.at(-1);
  const overview = overviewOf(versions, translations, access);
  return {
    id: row.id,
    programmeId: row.programmeId,
    title: latest && !isEditor(access) ? latest.title : row.title,
    organisation: row.organisationId ? { id: row.organisationId, name: row.organisationName ?? '' } : null,
    latestVersion: latest ? versionSummary(latest) : null,
    basedOn,
    languages: overview.filter((o) => o.status !== 'missing').map((o) => ({ language: o.language, status: languageStatus(o.sections) })),
  };
}

const sameSections = (a: readonly SourceSection[], b: readonly SourceSection[]) =>
  a.length === b.length && a.every((s, i) => s.key === b[i]!.key && s.kind === b[i]!.kind && sectionWords(s) === sectionWords(b[i]!));

async function detail(db: DbOrTx, row: repo.StandardWithNames, access: StandardAccess): Promise<StandardDetail> {
  const versions = (await repo.versionsOf(db, [row.id])).get(row.id) ?? [];
  const translations = (await repo.translationsOf(db, [row.id])).get(row.id) ?? [];
  const basedOn = (await basedOnOf(db, [row]))(row);
  const latest = versions.at(-1);
  return {
    ...summary(row, versions, translations, basedOn, access),
    title: row.title,
    programmeSlug: row.programmeSlug,
    sections: row.sections,
    timeline: row.timeline,
    versions: versions.map(versionSummary),
    draftChanged: !latest || latest.title !== row.title || !sameSections(latest.sections, row.sections),
    overview: overviewOf(versions, translations, access),
    revision: row.revision,
    canManage: access.manage,
  };
}

/** The programme's standards: published ones for everyone, drafts too for those who work on them. */
export async function listStandards(db: Db, actor: Actor, programmeId: string): Promise<StandardList> {
  const { lineage, of } = await accessToAll(db, actor, programmeId);
  const found = await repo.standardsOfProgramme(db, programmeId);
  const versions = await repo.versionsOf(db, found.map((s) => s.id));
  const translations = await repo.translationsOf(db, found.map((s) => s.id));
  const bases = await basedOnOf(db, found);
  const items: StandardSummary[] = [];
  for (const row of found) {
    const access = of(row.organisationId);
    const v = versions.get(row.id) ?? [];
    if (v.length === 0 && !isEditor(access)) continue;
    items.push(summary(row, v, translations.get(row.id) ?? [], bases(row), access));
  }
  const ids = lineage.map((l) => l.id);
  const user = actor.user;
  const canCreateForAnySchool = can(actor, 'standard.manage', { programmeIds: ids });
  const canCreate = canCreateForAnySchool || (!!user?.organisationId && can(actor, 'standard.manage', { programmeIds: ids, organisationId: user.organisationId }));
  return { items, canCreate, canCreateForAnySchool };
}

export async function getStandard(db: Db, actor: Actor, id: string): Promise<StandardDetail> {
  const { row, access } = await scoped(db, actor, id, 'edit');
  return detail(db, row, access);
}

/**
 * Creates a standard, or a school's local guideline building on the latest version of a
 * city-wide standard of the programme (its sections are the guideline's first draft).
 */
export async function createStandard(db: Db, actor: Actor, programmeId: string, input: StandardCreate): Promise<StandardDetail> {
  const access = await accessTo(db, actor, programmeId, input.organisationId, 'The programme');
  if (!access.manage) throw new AppError('FORBIDDEN', 'Only the secretariat, or a school for its own local guideline, creates a standard');
  if (input.organisationId && !(await repo.organisationExists(db, input.organisationId))) throw invalidField('organisationId', 'notFound', 'The organisation is not in the register');
  let base: StandardVersionRow | undefined;
  if (input.basedOnStandardId) {
    if (!input.organisationId) throw invalidField('organisationId', 'required', 'A local guideline names the school that publishes it');
    const city = await repo.standardWithNames(db, input.basedOnStandardId);
    base = city && city.programmeId === programmeId && !city.organisationId ? (await repo.versionsOf(db, [city.id])).get(city.id)?.at(-1) : undefined;
    if (!base) throw invalidField('basedOnStandardId', 'notFound', "No published city-wide standard of the programme");
  }
  const created = await db.transaction(async (tx) => {
    const row = await rows.insert(tx, {
      programmeId,
      organisationId: input.organisationId,
      basedOnStandardId: base?.standardId ?? null,
      basedOnVersion: base?.number ?? null,
      title: input.title,
      sections: base?.sections ?? [],
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'standard', entityId: row.id, programmeId, after: row });
    return row;
  });
  return detail(db, (await repo.standardWithNames(db, created.id))!, access);
}

function checkSections(sections: readonly SourceSection[]) {
  const seen = new Set<string>();
  sections.forEach((s, i) => {
    if (seen.has(s.key)) throw invalidField(`sections.${i}.key`, 'duplicate', `The key "${s.key}" is used twice`);
    seen.add(s.key);
  });
}

async function change(db: Db, actor: Actor, id: string, revision: number, apply: (tx: DbOrTx, before: StandardRow, userId: string) => Promise<Partial<StandardRow>>): Promise<StandardDetail> {
  const user = requireUser(actor);
  const { row: head, access } = await scoped(db, actor, id, 'manage');
  await db.transaction(async (tx) => {
    const before = await rows.lock(tx, id);
    if (!before) throw notFound('The standard');
    if (before.revision !== revision) throw new AppError('STATE_CHANGED', 'The standard has changed since it was read');
    const values = await apply(tx, before, user.id);
    const after = await rows.update(tx, id, { ...values, revision: before.revision + 1, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'standard', entityId: id, programmeId: head.programmeId, before, after });
  });
  return detail(db, (await repo.standardWithNames(db, id))!, access);
}

/** Changes the draft source: its title, sections (stable keys) and timeline. Published versions stay as they were. */
export function updateStandard(db: Db, actor: Actor, id: string, input: StandardUpdate): Promise<StandardDetail> {
  const { revision, ...patch } = input;
  if (patch.sections) checkSections(patch.sections);
  if (patch.timeline) {
    patch.timeline.forEach((m, i) => {
      if (m.until && m.until < m.on) throw invalidField(`timeline.${i}.until`, 'periodOrder', 'The step ends before it starts');
    });
    patch.timeline = [...patch.timeline].sort((a, b) => a.on.localeCompare(b.on) || MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind));
  }
  return change(db, actor, id, revision, async () => {
    const values: Partial<StandardRow> = {};
    if (patch.title !== undefined) values.title = patch.title;
    if (patch.sections !== undefined) values.sections = patch.sections;
    if (patch.timeline !== undefined) values.timeline = patch.timeline;
    return values;
  });
}

/**
 * Publishes the draft as the next version, which is never changed afterwards. Translations of a
 * section whose source changed become outdated; a local guideline building on the standard is
 * flagged as superseded.
 */
export function publishStandard(db: Db, actor: Actor, id: string, input: StandardPublish): Promise<StandardDetail> {
  return change(db, actor, id, input.revision, async (tx, before, userId) => {
    if (before.sections.length === 0) throw new AppError('EFFECT_FAILED', 'The standard has no sections to publish');
    const latest = (await repo.versionsOf(tx, [id])).get(id)?.at(-1);
    if (latest && latest.title === before.title && sameSections(latest.sections, before.sections)) throw new AppError('EFFECT_FAILED', 'The draft is the same as the latest version');
    const version = await repo.versionRows.insert(tx, { standardId: id, number: (latest?.number ?? 0) + 1, title: before.title, sections: before.sections, note: input.note, publishedBy: userId });
    await recordAudit(tx, actor, { action: 'create', entityType: 'standard_version', entityId: version.id, programmeId: before.programmeId, after: { standardId: id, number: version.number, title: version.title, note: version.note, sections: version.sections.map((s) => s.key) } });
    return {};
  });
}
