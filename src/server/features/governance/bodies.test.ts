import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildBody, buildMembership, buildOrganisation, buildPerson, buildProgramme, buildUser } from '../../testing/factories';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let otherSecretariat: TestClient;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db);
  const other = await buildProgramme(t.db);
  programmeId = programme.id;
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
  otherSecretariat = await t.signIn((await buildUser(t.db, { roles: [[other.id, 'secretariat']] })).email);
});
afterAll(() => t.close());

const fieldErrors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

describe('bodies', () => {
  it('creates a body with a parent and lists it; a body that is not public stays with its insiders', async () => {
    const org = await buildOrganisation(t.db);
    const expert = await secretariat.post(`/api/programmes/${programmeId}/bodies`, {
      kind: 'expert_group',
      name: { nb: 'Faggruppa', nn: 'Faggruppa' },
      meetingFrequency: { nb: 'Fire ganger i året' },
      secretariatOrganisationId: org.id,
    });
    expect(expert.statusCode).toBe(201);
    expect(expert.json().secretariatOrganisation.id).toBe(org.id);
    const working = await secretariat.post(`/api/programmes/${programmeId}/bodies`, { kind: 'working_group', name: { nb: 'Arbeidsgruppe lesing' }, parentId: expert.json().id, isPublic: false });
    expect(working.statusCode).toBe(201);

    const publicList = await anon.get(`/api/programmes/${programmeId}/bodies`);
    expect(publicList.json().bodies.map((b: { name: { nb: string } }) => b.name.nb)).toContain('Faggruppa');
    expect(publicList.json().bodies.map((b: { name: { nb: string } }) => b.name.nb)).not.toContain('Arbeidsgruppe lesing');
    expect(publicList.json().noticeDays).toBe(7);
    expect((await anon.get(`/api/bodies/${working.json().id}`)).statusCode).toBe(404);
    const inside = await secretariat.get(`/api/bodies/${expert.json().id}`);
    expect(inside.json().children.map((c: { id: string }) => c.id)).toEqual([working.json().id]);
    expect(inside.json().access.canManage).toBe(true);

    // A body cannot be put under its own group.
    const cycle = await secretariat.patch(`/api/bodies/${expert.json().id}`, { parentId: working.json().id });
    expect(cycle.json().code).toBe('CYCLE');
    // Another programme's secretariat may read the public body but not change it.
    expect((await otherSecretariat.patch(`/api/bodies/${expert.json().id}`, { name: { nb: 'X' } })).statusCode).toBe(403);
  });

  it("refuses a parent from another programme's bodies", async () => {
    const foreign = await buildBody(t.db, { programmeId: (await buildProgramme(t.db)).id });
    const res = await secretariat.post(`/api/programmes/${programmeId}/bodies`, { kind: 'working_group', name: { nb: 'G' }, parentId: foreign.id });
    expect(fieldErrors(res)).toEqual(['parentId:notFound']);
  });
});

describe('members', () => {
  it('seats people on behalf of organisations and refuses overlapping seats, naming the field', async () => {
    const body = await buildBody(t.db, { programmeId });
    const org = await buildOrganisation(t.db);
    const [kari, ola, per] = await Promise.all([buildPerson(t.db, { name: 'Kari Leder' }), buildPerson(t.db, { name: 'Ola Medlem' }), buildPerson(t.db, { name: 'Per Vara' })]);
    const chair = await secretariat.post(`/api/bodies/${body.id}/members`, { personId: kari.id, organisationId: org.id, role: 'chair', validFrom: '2024-01-01', validTo: '2025-12-31' });
    expect(chair.statusCode).toBe(201);
    expect(chair.json()).toMatchObject({ role: 'chair', hasVote: true, organisation: { id: org.id } });

    // The same person twice in overlapping periods.
    const twice = await secretariat.post(`/api/bodies/${body.id}/members`, { personId: kari.id, role: 'member', validFrom: '2025-06-01' });
    expect(twice.statusCode).toBe(400);
    expect(fieldErrors(twice)).toEqual(['validFrom:seatOverlap']);
    // A second chair for part of the period.
    const secondChair = await secretariat.post(`/api/bodies/${body.id}/members`, { personId: ola.id, role: 'chair', validFrom: '2025-12-01' });
    expect(fieldErrors(secondChair)).toEqual(['role:seatOverlap']);
    // After the first chair's period it is free.
    const next = await secretariat.post(`/api/bodies/${body.id}/members`, { personId: ola.id, role: 'chair', validFrom: '2026-01-01' });
    expect(next.statusCode).toBe(201);

    const deputy = await secretariat.post(`/api/bodies/${body.id}/members`, { personId: per.id, role: 'personal_deputy', deputyForId: next.json().id, validFrom: '2026-01-01' });
    expect(deputy.statusCode).toBe(201);
    expect(deputy.json().deputyFor).toEqual({ id: next.json().id, name: 'Ola Medlem' });
    const secondDeputy = await secretariat.post(`/api/bodies/${body.id}/members`, { personId: kari.id, role: 'personal_deputy', deputyForId: next.json().id, validFrom: '2026-02-01' });
    expect(fieldErrors(secondDeputy)).toEqual(['deputyForId:seatOverlap']);
    const observer = await secretariat.post(`/api/bodies/${body.id}/members`, { personId: (await buildPerson(t.db)).id, role: 'observer', validFrom: '2026-01-01' });
    expect(observer.json().hasVote).toBe(false);

    // The public sees current members; past ones on request.
    const current = (await anon.get(`/api/bodies/${body.id}`)).json().members.map((m: { person: { name: string } }) => m.person.name);
    expect(current).not.toContain('Kari Leder');
    expect(current.slice(0, 2)).toEqual(['Ola Medlem', 'Per Vara']);
    const all = (await anon.get(`/api/bodies/${body.id}?history=true`)).json().members.map((m: { person: { name: string } }) => m.person.name);
    expect(all).toContain('Kari Leder');
  });

  it('seats two chairs at once for only one of them', async () => {
    const body = await buildBody(t.db, { programmeId });
    const [a, b] = await Promise.all([buildPerson(t.db), buildPerson(t.db)]);
    const results = await Promise.all([a, b].map((p) => secretariat.post(`/api/bodies/${body.id}/members`, { personId: p.id, role: 'chair', validFrom: '2026-01-01' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400]);
  });
});

describe('mandate', () => {
  it('keeps versions, never edits an adopted one, and compares two by words', async () => {
    const body = await buildBody(t.db, { programmeId });
    const v1 = await secretariat.post(`/api/bodies/${body.id}/mandate-versions`, {
      text: { nb: 'Faggruppa skal møtes fire ganger i året.' },
      effectiveFrom: '2014-05-15',
      citedSource: 'Mandat vedtatt 15.05.14',
    });
    expect(v1.statusCode).toBe(201);
    expect(v1.json()).toMatchObject({ version: 1, status: 'adopted', citedSource: 'Mandat vedtatt 15.05.14' });
    // A cited source needs the date the version took effect.
    const noDate = await secretariat.post(`/api/bodies/${body.id}/mandate-versions`, { text: { nb: 'x' }, citedSource: 'Et vedtak' });
    expect(fieldErrors(noDate)).toEqual(['effectiveFrom:required']);

    const edit = await secretariat.patch(`/api/mandate-versions/${v1.json().id}`, { text: { nb: 'Endret' } });
    expect(edit.json().code).toBe('STATE_CHANGED');

    const v2 = await secretariat.post(`/api/bodies/${body.id}/mandate-versions`, { text: { nb: 'Faggruppa skal møtes seks ganger i året.' } });
    expect(v2.json()).toMatchObject({ version: 2, status: 'draft', revision: 1 });
    const changed = await secretariat.patch(`/api/mandate-versions/${v2.json().id}`, { text: { nb: 'Faggruppa skal møtes seks ganger i året og gi råd.' } });
    expect(changed.json().revision).toBe(2);

    // The public sees adopted versions only, and cannot compare with a draft.
    expect((await anon.get(`/api/bodies/${body.id}`)).json().mandate.map((v: { version: number }) => v.version)).toEqual([1]);
    const hidden = await anon.get(`/api/bodies/${body.id}/mandate-diff?from=${v1.json().id}&to=${v2.json().id}`);
    expect(fieldErrors(hidden)).toEqual(['to:notFound']);

    const diff = await secretariat.get(`/api/bodies/${body.id}/mandate-diff?from=${v2.json().id}&to=${v1.json().id}`);
    expect(diff.statusCode).toBe(200);
    expect(diff.json().from.version).toBe(1);
    expect(diff.json().parts).toEqual([
      { kind: 'same', text: 'Faggruppa skal møtes ' },
      { kind: 'removed', text: 'fire ' },
      { kind: 'added', text: 'seks ' },
      { kind: 'same', text: 'ganger i ' },
      { kind: 'removed', text: 'året.' },
      { kind: 'added', text: 'året og gi råd.' },
    ]);
  });
});

describe('membership of the signed-in member', () => {
  it("lets a member read the body's hidden parts by the e-mail on their register entry", async () => {
    const body = await buildBody(t.db, { programmeId, isPublic: false });
    const user = await buildUser(t.db, { roles: [[programmeId, 'board_member']] });
    const person = await buildPerson(t.db, { email: user.email.toUpperCase() });
    const membership = await buildMembership(t.db, { bodyId: body.id, personId: person.id });
    const member = await t.signIn(user.email);
    const res = await member.get(`/api/bodies/${body.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().access).toEqual({ canManage: false, isMember: true, myMembershipIds: [membership.id] });
    // A board member of the programme who does not sit in the body does not see it.
    const outsider = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'board_member']] })).email);
    expect((await outsider.get(`/api/bodies/${body.id}`)).statusCode).toBe(404);
  });
});
