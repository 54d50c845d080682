import { describe, expect, it } from 'vitest';
import type { ProgrammeSummary } from '../../shared/contracts/programmes';
import type { ProgrammeRole } from '../../shared/contracts/users';
import { canInProgramme, programmesWhere, type MeUser } from './permissions';

/**
 * The client reads the shared model with the programme list it has loaded: a role on an
 * initiative reaches its sub-programmes there just as it does on the server.
 */
function programme(id: string, parentId: string | null): ProgrammeSummary {
  return { id, slug: id, kind: parentId ? 'sub_programme' : 'area_initiative', parentId, name: { nb: id }, summary: { nb: '' }, isPublished: true };
}
const PROGRAMMES = [programme('initiative', null), programme('sub', 'initiative'), programme('subsub', 'sub'), programme('other', null)];

function user(roles: [string, ProgrammeRole][], isPlatformAdmin = false): MeUser {
  return {
    id: 'u',
    name: 'Kari',
    email: 'kari@example.org',
    organisationId: null,
    isPlatformAdmin,
    roles: roles.map(([programmeId, role]) => ({ programmeId, programmeSlug: programmeId, programmeName: { nb: programmeId }, role })),
  };
}
const ids = (list: ProgrammeSummary[]) => list.map((p) => p.id);

describe('canInProgramme', () => {
  it('finds the roles of the ancestors in the loaded list', () => {
    const secretariat = user([['initiative', 'secretariat']]);
    expect(canInProgramme(secretariat, 'programme.update', PROGRAMMES, 'subsub')).toBe(true);
    expect(canInProgramme(secretariat, 'programme.update', PROGRAMMES, 'other')).toBe(false);
    expect(canInProgramme(user([['sub', 'secretariat']]), 'programme.update', PROGRAMMES, 'initiative')).toBe(false);
  });

  it('refuses nobody signed in, and refuses what the role does not hold', () => {
    expect(canInProgramme(null, 'programme.readInternal', PROGRAMMES, 'initiative')).toBe(false);
    expect(canInProgramme(user([['initiative', 'analyst']]), 'goal.manage', PROGRAMMES, 'sub')).toBe(false);
    expect(canInProgramme(user([['initiative', 'analyst']]), 'programme.manageStatistics', PROGRAMMES, 'sub')).toBe(true);
  });
});

describe('programmesWhere', () => {
  it('lists the programmes where the user may take the action', () => {
    expect(ids(programmesWhere(user([['sub', 'secretariat']]), 'role.manage', PROGRAMMES))).toEqual(['sub', 'subsub']);
    expect(ids(programmesWhere(user([['sub', 'viewer']]), 'role.manage', PROGRAMMES))).toEqual([]);
    expect(ids(programmesWhere(user([], true), 'programme.delete', PROGRAMMES))).toEqual(['initiative', 'sub', 'subsub', 'other']);
  });
});
