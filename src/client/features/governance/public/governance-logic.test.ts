import { describe, expect, it } from 'vitest';
import { mandateVersion, membership } from '../../../testing/fixtures/governance';
import { comparisonLanguage, currentMandate, defaultComparison, groupBodies, groupMembers, mandateText } from './governance-logic';
import { formatMeetingTime } from './governance-format';

const body = (id: string, kind: 'steering_group' | 'expert_group' | 'working_group', parentId: string | null = null) => ({ id, kind, parentId });

describe('groupBodies', () => {
  it('groups by kind in the order of the kinds and nests a working group under its expert group', () => {
    const groups = groupBodies([body('wg', 'working_group', 'eg'), body('eg', 'expert_group'), body('sg', 'steering_group')]);
    expect(groups.map((g) => g.kind)).toEqual(['steering_group', 'expert_group']);
    const expert = groups[1]!.nodes[0]!;
    expect(expert.body.id).toBe('eg');
    expect(expert.children.map((c) => c.body.id)).toEqual(['wg']);
  });

  it('puts a body whose parent is not listed at the top of its own kind, and survives a cycle', () => {
    expect(groupBodies([body('wg', 'working_group', 'hidden')]).map((g) => [g.kind, g.nodes.map((n) => n.body.id)])).toEqual([['working_group', ['wg']]]);
    const cycle = groupBodies([body('a', 'expert_group', 'b'), body('b', 'expert_group', 'a'), body('c', 'steering_group')]);
    expect(cycle.flatMap((g) => g.nodes.map((n) => n.body.id))).toEqual(['c']);
  });
});

describe('groupMembers', () => {
  it('lists chair, deputy chair and members in that order, deputies under their member, observers and secretaries apart', () => {
    const member = membership({ name: 'Ola', role: 'member' });
    const chair = membership({ name: 'Kari', role: 'chair' });
    const deputy = membership({ name: 'Per', role: 'personal_deputy', deputyFor: { id: member.id, name: 'Ola' } });
    const observer = membership({ name: 'Lise', role: 'observer', hasVote: false });
    const secretary = membership({ name: 'Siri', role: 'secretary', hasVote: false });
    const vice = membership({ name: 'Nils', role: 'deputy_chair' });
    const groups = groupMembers([member, deputy, observer, chair, secretary, vice]);
    expect(groups.members.map((s) => s.member.person.name)).toEqual(['Kari', 'Nils', 'Ola']);
    expect(groups.members[2]!.deputies.map((d) => d.person.name)).toEqual(['Per']);
    expect(groups.members[0]!.deputies).toEqual([]);
    expect(groups.observers.map((s) => s.member.person.name)).toEqual(['Lise']);
    expect(groups.secretaries.map((s) => s.member.person.name)).toEqual(['Siri']);
    expect(groups.otherDeputies).toEqual([]);
  });

  it('keeps a deputy whose member is gone apart rather than losing them', () => {
    const deputy = membership({ name: 'Per', role: 'personal_deputy', deputyFor: { id: 'gone', name: 'Ola' } });
    expect(groupMembers([deputy]).otherDeputies.map((d) => d.person.name)).toEqual(['Per']);
  });
});

describe('the mandate in force and its text', () => {
  const v1 = mandateVersion({ version: 1, effectiveFrom: '2015-01-01' });
  const v2 = mandateVersion({ version: 2, effectiveFrom: '2016-11-17', text: { nb: 'Bokmål to', nn: 'Nynorsk to', en: null } });
  const v3 = mandateVersion({ version: 3, effectiveFrom: '2027-01-01' });
  const draft = mandateVersion({ version: 4, status: 'draft', effectiveFrom: null, adoptedAt: null });

  it('is the adopted version that took effect last, not a future one or a draft', () => {
    expect(currentMandate([draft, v3, v2, v1], '2026-12-03')?.version).toBe(2);
    expect(currentMandate([draft, v3, v2, v1], '2027-01-01')?.version).toBe(3);
    expect(currentMandate([draft], '2026-12-03')).toBeUndefined();
  });

  it("is read in the reader's language, or in bokmål marked as a fallback", () => {
    expect(mandateText(v2, 'nn')).toEqual({ text: 'Nynorsk to', lang: 'nn', fallback: false });
    expect(mandateText(v2, 'en')).toEqual({ text: 'Bokmål to', lang: 'nb', fallback: true });
    expect(mandateText(v2, 'nb').fallback).toBe(false);
  });

  it("compares in the reader's language only when both versions have it", () => {
    expect(comparisonLanguage(v2, v2, 'nn')).toBe('nn');
    expect(comparisonLanguage(v1, v2, 'nn')).toBe('nb');
    expect(defaultComparison([draft, v3, v2, v1])).toEqual({ from: v2.id, to: v3.id });
    expect(defaultComparison([v1])).toBeUndefined();
  });
});

describe('formatMeetingTime', () => {
  it("shows the time on Oslo's clock, summer and winter", () => {
    expect(formatMeetingTime('2026-03-12T09:00:00Z', '2026-03-12T11:30:00Z', 'nb')).toBe('torsdag 12. mars 2026, 10:00–12:30');
    expect(formatMeetingTime('2026-06-11T08:00:00Z', null, 'en')).toBe('Thursday, 11 June 2026, 10:00');
  });
});
