import type { AgendaItem, Case } from '../../../../shared/contracts/governance-meetings';

/** Open cases first, each group in the order given. */
export function openFirst<C extends { id: string }>(cases: readonly C[], openIds: ReadonlySet<string>): C[] {
  return [...cases.filter((c) => openIds.has(c.id)), ...cases.filter((c) => !openIds.has(c.id))];
}

/**
 * The cases that can be put on the agenda: open ones not already on it. The approval of the
 * minutes is the server's to add, never chosen here.
 */
export function agendaChoices(openCases: readonly Case[], items: readonly Pick<AgendaItem, 'case'>[]): Case[] {
  const onAgenda = new Set(items.map((i) => i.case.id));
  return openCases.filter((c) => !onAgenda.has(c.id) && c.type !== 'minutes_approval');
}

/** The agenda's ids with one item moved up or down by one place (unchanged at the ends). */
export function moveItem(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const out = [...ids];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}
