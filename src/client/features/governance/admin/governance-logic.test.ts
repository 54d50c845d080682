import { describe, expect, it } from 'vitest';
import { BodyCreate, MembershipCreate } from '../../../../shared/contracts/governance-bodies';
import { CaseCreate, DecisionInput, type Case } from '../../../../shared/contracts/governance-meetings';
import { agendaChoices, moveItem, openFirst } from './agenda-logic';
import { bodyPayload, emptyBodyValues } from './body-form-values';
import { casePayload, emptyCaseValues } from './case-form-values';
import { decisionPayload, decisionValues } from './decision-values';
import { emptyMemberValues, memberPayload } from './member-form-values';
import { noticeState } from './meeting-logic';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function aCase(n: number, type: Case['type'] = 'decision'): Case {
  return { id: id(n), type, title: { nb: `Sak ${n}` } } as Case;
}

describe('choosing cases for the agenda', () => {
  it('offers open cases not yet on the agenda, never the approval of the minutes', () => {
    const open = [aCase(1), aCase(2), aCase(3, 'minutes_approval'), aCase(4, 'orientation')];
    const items = [{ case: aCase(2) }];
    expect(agendaChoices(open, items).map((c) => c.id)).toEqual([id(1), id(4)]);
  });

  it('lists open cases first, keeping the order within each group', () => {
    const cases = [aCase(1), aCase(2), aCase(3), aCase(4)];
    expect(openFirst(cases, new Set([id(3), id(1)])).map((c) => c.id)).toEqual([id(1), id(3), id(2), id(4)]);
  });

  it('moves an item one place, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the notice deadline', () => {
  const due = '2026-12-03T12:00:00.000Z';
  const base = { status: 'planned' as const, noticeDueAt: due, noticePublishedAt: null, noticeLate: false };

  it('warns when a planned meeting passed its deadline without a notice', () => {
    expect(noticeState(base, new Date('2026-12-03T12:00:01Z'))).toBe('overdue');
    expect(noticeState(base, new Date('2026-12-03T11:59:59Z'))).toBe('due');
  });

  it('says nothing once the notice is out in time, or for a cancelled meeting', () => {
    const now = new Date('2026-12-10T00:00:00Z');
    expect(noticeState({ ...base, status: 'notice_published', noticePublishedAt: '2026-12-01T00:00:00Z' }, now)).toBeNull();
    expect(noticeState({ ...base, status: 'cancelled' }, now)).toBeNull();
  });

  it('keeps saying that a notice was late', () => {
    expect(noticeState({ ...base, status: 'held', noticePublishedAt: '2026-12-05T00:00:00Z', noticeLate: true }, new Date('2026-12-10T00:00:00Z'))).toBe('late');
  });
});

describe('form values to API bodies', () => {
  it('sends a body with empty texts and dates as null, and the period checked', () => {
    const v = { ...emptyBodyValues(), kind: 'working_group', name: { nb: ' Arbeidsgruppe ', nn: '', en: 'Working group' }, activeFrom: '2026-05-01', activeTo: '2026-01-01' };
    const body = bodyPayload(v);
    expect(body).toMatchObject({ name: { nb: 'Arbeidsgruppe', en: 'Working group' }, parentId: null, meetingFrequency: null, activeFrom: '2026-05-01', isPublic: true });
    expect(body.name).not.toHaveProperty('nn');
    const parsed = BodyCreate.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['activeTo']);
  });

  it('names the member a personal deputy stands in for, and no one for other roles', () => {
    const base = { ...emptyMemberValues(new Date('2026-12-03T10:00:00')), personId: id(1), deputyForId: id(2) };
    expect(memberPayload({ ...base, role: 'personal_deputy' })).toMatchObject({ deputyForId: id(2), hasVote: true, validFrom: '2026-12-03', validTo: null });
    expect(memberPayload({ ...base, role: 'member' }).deputyForId).toBeNull();
    expect(MembershipCreate.safeParse(memberPayload({ ...base, role: 'personal_deputy', deputyForId: '' })).success).toBe(false);
  });

  it('gives observers and secretaries no vote unless chosen', () => {
    const base = { ...emptyMemberValues(), personId: id(1) };
    expect(memberPayload({ ...base, role: 'observer' }).hasVote).toBe(false);
    expect(memberPayload({ ...base, role: 'observer', hasVote: true }).hasVote).toBe(true);
    expect(memberPayload({ ...base, role: 'chair' }).hasVote).toBe(true);
  });

  it('requires a legal basis for an exempt case and drops the exemption fields of an open one', () => {
    const v = { ...emptyCaseValues(), type: 'decision', title: { nb: 'Nytt mandat', nn: '', en: '' }, internalTitle: { nb: 'Intern', nn: '', en: '' }, exemptionBasis: 'offl. § 13' };
    const open = casePayload(v, true);
    expect(open).toMatchObject({ isExempt: false, internalTitle: null, exemptionBasis: null, effects: [] });
    const exempt = CaseCreate.safeParse(casePayload({ ...v, isExempt: true, exemptionBasis: ' ' }, true));
    expect(exempt.success).toBe(false);
    expect(exempt.error?.issues.map((i) => i.path.join('.'))).toContain('exemptionBasis');
    expect(casePayload({ ...v, isExempt: true }, true)).toMatchObject({ internalTitle: { nb: 'Intern' }, exemptionBasis: 'offl. § 13' });
  });

  it('sends the effects of a new case, not of an edited one', () => {
    const v = { ...emptyCaseValues(), type: 'decision', title: { nb: 'Mandat', nn: '', en: '' }, effects: [{ kind: 'adopt_mandate_version' as const, targetId: id(9) }] };
    expect(casePayload(v, true).effects).toEqual([{ kind: 'adopt_mandate_version', targetId: id(9) }]);
    expect(casePayload(v, false)).not.toHaveProperty('effects');
  });

  it('starts a decision from the proposed one, and sends only the votes given, in the voters’ order', () => {
    const item = { outcome: null, decisionText: null, forwardedTo: null, votes: null, case: { proposedDecision: { nb: 'Mandatet vedtas.' } } } as unknown as Parameters<typeof decisionValues>[0];
    const v = decisionValues(item);
    expect(v.decisionText.nb).toBe('Mandatet vedtas.');
    const body = decisionPayload({ ...v, outcome: 'adopted', forwardedToBodyId: id(5), votes: { [id(2)]: 'against', [id(1)]: 'for', [id(3)]: '' } }, [id(1), id(2), id(3)]);
    expect(body).toMatchObject({ outcome: 'adopted', forwardedToBodyId: null, votes: [{ membershipId: id(1), vote: 'for' }, { membershipId: id(2), vote: 'against' }] });
    expect(DecisionInput.safeParse(body).success).toBe(true);
  });
});
