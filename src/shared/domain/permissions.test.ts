import { describe, expect, it } from 'vitest';
import { ACTIONS, can, canSeeProgramme, PLATFORM, roleIn, type Action, type PermissionActor } from './permissions';
import { PROGRAMME_ROLES, type ProgrammeRole } from '../contracts/users';

/**
 * What each role may do in its own programme, written out by hand (not read from the model):
 * one column per role in the order secretariat, analyst, board member, contributor, viewer,
 * translator, participant, facilitator;
 * `x` allowed, `-` refused. A change to the model that does not change this table fails here.
 */
const GRID: Record<Action, string> = {
  //                             S A B C V T P F
  'programme.create':           'x - - - - - - -',
  'programme.readInternal':     'x x x x x - - x',
  'programme.update':           'x - - - - - - -',
  'programme.delete':           '- - - - - - - -',
  'organisation.create':        'x - - - - - - -',
  'organisation.update':        'x - - - - - - -',
  'organisation.delete':        '- - - - - - - -',
  'area.create':                'x - - - - - - -',
  'area.update':                'x - - - - - - -',
  'area.delete':                '- - - - - - - -',
  'person.read':                'x - x - - - - -',
  'person.create':              'x - - - - - - -',
  'person.update':              'x - - - - - - -',
  'person.delete':              '- - - - - - - -',
  'user.read':                  'x - - - - - - -',
  'user.create':                'x - - - - - - -',
  'user.update':                '- - - - - - - -',
  'role.manage':                'x - - - - - - -',
  'audit.read':                 'x - - - - - - -',
  'indicator.create':           'x x - - - - - -',
  'indicator.update':           'x x - - - - - -',
  'indicator.delete':           'x - - - - - - -',
  'statistics.import':          'x x - - - - - -',
  'programme.manageStatistics': 'x x - - - - - -',
  'goal.manage':                'x - - - - - - -',
  'email.read':                 '- - - - - - - -',
  'governance.manage':          'x - - - - - - -',
  'portfolio.manage':           'x - - - - - - -',
  'project.update':             'x - - - - - - -',
  'application.write':          'x - - - - - - -',
  'review.read':                'x - x - - - - -',
  'portfolio.readBenefits':     'x - x - - - - -',
  'content.manage':             'x - - - - - - -',
  'document.manage':            'x - - - - - - -',
  'event.manage':               'x - - - - - - -',
  'standard.manage':            'x - - - - - - -',
  'standard.translate':         'x - - - - x - -',
  'development.manage':         'x - - - - - - -',
  'development.work':           'x - - - - - x x',
};
const COLUMNS: ProgrammeRole[] = ['secretariat', 'analyst', 'board_member', 'contributor', 'viewer', 'translator', 'participant', 'facilitator'];
const allowed = (action: Action, role: ProgrammeRole) => GRID[action].split(' ')[COLUMNS.indexOf(role)] === 'x';

const PARENT = 'p-parent';
const CHILD = 'p-child';
const OTHER = 'p-other';
const ORG = 'org-x';

function actor(roles: [string, ProgrammeRole][], o: Partial<PermissionActor> = {}): PermissionActor {
  return { isPlatformAdmin: false, organisationId: null, roles: roles.map(([programmeId, role]) => ({ programmeId, role })), ...o };
}

const cells = ACTIONS.flatMap((action) => COLUMNS.map((role) => ({ action, role, expected: allowed(action, role) })));

describe('can: what each role may do', () => {
  it('the table covers every action and every role', () => {
    expect(Object.keys(GRID).sort()).toEqual([...ACTIONS].sort());
    expect([...COLUMNS].sort()).toEqual([...PROGRAMME_ROLES].sort());
  });

  it.each(cells)('$role: $action in its own programme → $expected', ({ action, role, expected }) => {
    expect(can(actor([[PARENT, role]]), action, { programmeIds: [PARENT] })).toBe(expected);
  });

  it.each(cells)('$role on the parent: $action in a sub-programme → $expected', ({ action, role, expected }) => {
    expect(can(actor([[PARENT, role]]), action, { programmeIds: [CHILD, PARENT] })).toBe(expected);
  });

  it.each(cells)('$role somewhere: $action with no programme named → $expected', ({ action, role, expected }) => {
    expect(can(actor([[OTHER, role]]), action)).toBe(expected);
  });

  it('a role in a sub-programme or another programme grants nothing in this one', () => {
    for (const role of COLUMNS) {
      for (const action of ACTIONS) {
        expect(can(actor([[CHILD, role]]), action, { programmeIds: [PARENT] })).toBe(false);
        expect(can(actor([[OTHER, role]]), action, { programmeIds: [CHILD, PARENT] })).toBe(false);
      }
    }
  });

  it('the nearest grant decides: a viewer in the sub-programme does not administer it', () => {
    const user = actor([
      [PARENT, 'secretariat'],
      [CHILD, 'viewer'],
    ]);
    expect(roleIn(user, [CHILD, PARENT])).toBe('viewer');
    expect(can(user, 'programme.update', { programmeIds: [CHILD, PARENT] })).toBe(false);
    expect(can(user, 'programme.update', { programmeIds: [PARENT] })).toBe(true);
  });

  it('no role reaches the platform as a whole', () => {
    for (const role of COLUMNS) for (const action of ACTIONS) expect(can(actor([[PARENT, role]]), action, PLATFORM)).toBe(false);
  });

  it('a platform administrator may do everything, everywhere, without any role', () => {
    const admin = actor([], { isPlatformAdmin: true });
    for (const action of ACTIONS) {
      expect(can(admin, action)).toBe(true);
      expect(can(admin, action, PLATFORM)).toBe(true);
      expect(can(admin, action, { programmeIds: [OTHER] })).toBe(true);
    }
  });

  it('nobody signed in may do nothing', () => {
    for (const action of ACTIONS) {
      expect(can(null, action)).toBe(false);
      expect(can(undefined, action, { programmeIds: [PARENT], organisationId: ORG })).toBe(false);
    }
  });
});

describe('can: the own organisation', () => {
  const own = { organisationId: ORG };

  it("a contributor keeps its own organisation, its people, its projects, its applications and its local guidelines, and nothing more", () => {
    const contributor = actor([[PARENT, 'contributor']], own);
    const granted = ACTIONS.filter((a) => can(contributor, a, own));
    expect(granted.sort()).toEqual(['application.write', 'organisation.update', 'person.create', 'person.read', 'person.update', 'programme.readInternal', 'project.update', 'standard.manage']);
  });

  it('holds whatever programme the record sits in', () => {
    const contributor = actor([[PARENT, 'contributor']], own);
    expect(can(contributor, 'person.update', { programmeIds: [OTHER], organisationId: ORG })).toBe(true);
  });

  it('not for another organisation, nor for a record without one', () => {
    const contributor = actor([[PARENT, 'contributor']], own);
    expect(can(contributor, 'person.update', { organisationId: 'org-y' })).toBe(false);
    expect(can(contributor, 'person.update', { organisationId: null })).toBe(false);
    expect(can(actor([[PARENT, 'contributor']]), 'person.update', { organisationId: null })).toBe(false);
  });

  it('not for a member of the organisation who is no contributor (or secretariat)', () => {
    for (const role of ['analyst', 'board_member', 'viewer'] as const) {
      expect(can(actor([[PARENT, role]], own), 'organisation.update', own)).toBe(false);
    }
    expect(can(actor([], own), 'person.read', own)).toBe(false);
  });
});

describe('canSeeProgramme', () => {
  const published = [{ id: CHILD, isPublished: true }, { id: PARENT, isPublished: false }];
  const hidden = [{ id: CHILD, isPublished: false }, { id: PARENT, isPublished: true }];

  it('a published programme is open to everyone, signed in or not', () => {
    expect(canSeeProgramme(null, published)).toBe(true);
    expect(canSeeProgramme(actor([[OTHER, 'viewer']]), published)).toBe(true);
  });

  it('an unpublished one only to those with a role in it or above it, and to admins', () => {
    expect(canSeeProgramme(null, hidden)).toBe(false);
    expect(canSeeProgramme(actor([[OTHER, 'secretariat']]), hidden)).toBe(false);
    expect(canSeeProgramme(actor([[CHILD, 'viewer']]), hidden)).toBe(true);
    expect(canSeeProgramme(actor([[PARENT, 'contributor']]), hidden)).toBe(true);
    expect(canSeeProgramme(actor([], { isPlatformAdmin: true }), hidden)).toBe(true);
  });

  it('a programme that does not exist is seen by nobody', () => {
    expect(canSeeProgramme(actor([], { isPlatformAdmin: true }), [])).toBe(false);
  });
});
