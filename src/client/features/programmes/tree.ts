import type { ProgrammeSummary } from '../../../shared/contracts/programmes';

export interface ProgrammeNode {
  programme: ProgrammeSummary;
  children: ProgrammeNode[];
}

/**
 * Builds the programme tree from the flat list the API returns. A programme whose parent is not
 * in the list (unpublished, or not visible to this user) is shown at the top level rather than
 * lost. Siblings keep the order given by `compare` (the list's order when none is given).
 */
export function buildProgrammeTree(
  list: readonly ProgrammeSummary[],
  compare?: (a: ProgrammeSummary, b: ProgrammeSummary) => number,
): ProgrammeNode[] {
  const nodes = new Map<string, ProgrammeNode>();
  for (const programme of list) nodes.set(programme.id, { programme, children: [] });
  const roots: ProgrammeNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.programme.parentId;
    const parent = parentId && parentId !== node.programme.id ? nodes.get(parentId) : undefined;
    if (parent && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  if (compare) sortTree(roots, compare);
  return roots;
}

function isAncestor(candidate: ProgrammeNode, of: ProgrammeNode): boolean {
  const stack = [...candidate.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === of) return true;
    stack.push(...n.children);
  }
  return false;
}

function sortTree(nodes: ProgrammeNode[], compare: (a: ProgrammeSummary, b: ProgrammeSummary) => number): void {
  nodes.sort((a, b) => compare(a.programme, b.programme));
  for (const n of nodes) sortTree(n.children, compare);
}

/** The programme and its ancestors, nearest first (a role on an ancestor applies below it). */
export function lineage(list: readonly ProgrammeSummary[], id: string): string[] {
  const byId = new Map(list.map((p) => [p.id, p]));
  const out: string[] = [];
  let current = byId.get(id);
  if (!current) return [id];
  while (current && !out.includes(current.id)) {
    out.push(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return out;
}

/** Depth-first order with each programme's depth, for indented select options. */
export function flattenTree(roots: readonly ProgrammeNode[], depth = 0): { programme: ProgrammeSummary; depth: number }[] {
  return roots.flatMap((n) => [{ programme: n.programme, depth }, ...flattenTree(n.children, depth + 1)]);
}
