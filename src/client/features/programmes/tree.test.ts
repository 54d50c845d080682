import { describe, expect, it } from 'vitest';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import { buildProgrammeTree, flattenTree, lineage } from './tree';

function programme(id: string, parentId: string | null, name = id): ProgrammeSummary {
  return { id, slug: id, kind: parentId ? 'sub_programme' : 'area_initiative', parentId, name: { nb: name }, summary: { nb: '' }, isPublished: true };
}

const byName = (a: ProgrammeSummary, b: ProgrammeSummary) => a.name.nb.localeCompare(b.name.nb, 'nb');

describe('programme tree', () => {
  it('nests sub-programmes under their initiative, whatever the order of the list', () => {
    const list = [programme('child', 'root'), programme('grandchild', 'child'), programme('root', null), programme('other', null)];
    const tree = buildProgrammeTree(list);
    expect(tree.map((n) => n.programme.id)).toEqual(['root', 'other']);
    expect(tree[0]!.children.map((n) => n.programme.id)).toEqual(['child']);
    expect(tree[0]!.children[0]!.children.map((n) => n.programme.id)).toEqual(['grandchild']);
  });

  it('shows a programme whose parent is not visible at the top level instead of losing it', () => {
    const tree = buildProgrammeTree([programme('orphan', 'unpublished-parent')]);
    expect(tree.map((n) => n.programme.id)).toEqual(['orphan']);
  });

  it('survives a cycle in the data without losing programmes', () => {
    const tree = buildProgrammeTree([programme('a', 'b'), programme('b', 'a')]);
    expect(flattenTree(tree).map((r) => r.programme.id).sort()).toEqual(['a', 'b']);
  });

  it('sorts siblings by name in Norwegian order, æ ø å last', () => {
    const list = [programme('r', null, 'Root'), programme('1', 'r', 'Åsen'), programme('2', 'r', 'Østensjø'), programme('3', 'r', 'Alna'), programme('4', 'r', 'Ævre')];
    const tree = buildProgrammeTree(list, byName);
    expect(tree[0]!.children.map((n) => n.programme.name.nb)).toEqual(['Alna', 'Ævre', 'Østensjø', 'Åsen']);
  });

  it('flattens depth-first with depths, for indented choices', () => {
    const tree = buildProgrammeTree([programme('root', null), programme('child', 'root'), programme('grandchild', 'child')]);
    expect(flattenTree(tree).map((r) => [r.programme.id, r.depth])).toEqual([
      ['root', 0],
      ['child', 1],
      ['grandchild', 2],
    ]);
  });

  it('gives the lineage nearest first, so a role on an ancestor applies below it', () => {
    const list = [programme('root', null), programme('child', 'root'), programme('grandchild', 'child')];
    expect(lineage(list, 'grandchild')).toEqual(['grandchild', 'child', 'root']);
    expect(lineage(list, 'unknown')).toEqual(['unknown']);
  });
});
