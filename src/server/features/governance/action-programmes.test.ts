import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildBody, buildGoal, buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let initiativeId: string;
let subId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const initiative = await buildProgramme(t.db, { kind: 'area_initiative' });
  const sub = await buildProgramme(t.db, { kind: 'sub_programme', parentId: initiative.id });
  initiativeId = initiative.id;
  subId = sub.id;
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[sub.id, 'secretariat']] })).email);
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

async function draft() {
  const res = await secretariat.post(`/api/programmes/${subId}/action-programmes`, { title: { nb: 'Handlingsprogram 2023' }, periodFrom: 2023, periodTo: 2023, challenges: { nb: 'For mange faller fra i videregående.' } });
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('action programmes', () => {
  it('ties efforts to goals of the programme or above it, and refuses a goal of another tree', async () => {
    const ap = await draft();
    const main = await buildGoal(t.db, { programmeId: initiativeId, title: { nb: 'Hovedmål' } });
    const own = await buildGoal(t.db, { programmeId: subId, title: { nb: 'Flere fullfører' } });
    const foreign = await buildGoal(t.db, { programmeId: (await buildProgramme(t.db)).id });
    const org = await buildOrganisation(t.db);
    const content = {
      priorities: [
        { title: { nb: 'Tidlig innsats' }, efforts: [{ title: { nb: 'Leseløft i 1. trinn' }, responsibleOrganisationId: org.id, fundingNeed: 1_500_000, goalIds: [own.id, main.id] }] },
        { title: { nb: 'Foreldresamarbeid' }, efforts: [] },
      ],
    };
    const saved = await secretariat.put(`/api/action-programmes/${ap.id}/content`, content);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().revision).toBe(2);
    expect(saved.json().priorities.map((p: { title: { nb: string } }) => p.title.nb)).toEqual(['Tidlig innsats', 'Foreldresamarbeid']);
    expect(saved.json().priorities[0].efforts[0]).toMatchObject({ fundingNeed: 1_500_000, responsibleOrganisation: { id: org.id } });
    expect(saved.json().priorities[0].efforts[0].goals.map((g: { id: string }) => g.id).sort()).toEqual([own.id, main.id].sort());

    const wrong = await secretariat.put(`/api/action-programmes/${ap.id}/content`, { priorities: [{ title: { nb: 'P' }, efforts: [{ title: { nb: 'E' }, goalIds: [foreign.id] }] }] });
    expect(errors(wrong)).toEqual(['priorities.0.efforts.0.goalIds.0:notFound']);
    // A draft is the secretariat's: the public sees neither the list entry nor the page.
    expect((await anon.get(`/api/programmes/${subId}/action-programmes`)).json().items).toEqual([]);
    expect((await anon.get(`/api/action-programmes/${ap.id}`)).statusCode).toBe(404);
  });

  it('is adopted by a decision, then never changes, and once published shows under the goals it serves', async () => {
    const ap = await draft();
    const goal = await buildGoal(t.db, { programmeId: subId });
    await secretariat.put(`/api/action-programmes/${ap.id}/content`, { priorities: [{ title: { nb: 'Prioritet' }, efforts: [{ title: { nb: 'Sommerskole' }, goalIds: [goal.id] }] }] });
    const body = await buildBody(t.db, { programmeId: subId, kind: 'strategic_board' });
    const c = await secretariat.post(`/api/bodies/${body.id}/cases`, { type: 'decision', title: { nb: 'Handlingsprogram 2023' }, effects: [{ kind: 'adopt_action_programme', targetId: ap.id }] });
    expect(c.json().effects[0]).toMatchObject({ kind: 'adopt_action_programme', expectedRevision: 2, target: { actionProgrammeId: ap.id, name: { nb: 'Handlingsprogram 2023' } } });
    const m = await secretariat.post(`/api/bodies/${body.id}/meetings`, { startsAt: '2023-02-01T10:00:00+01:00' });
    const item = (await secretariat.post(`/api/meetings/${m.json().id}/items`, { caseId: c.json().id })).json().items[0];
    await secretariat.post(`/api/meetings/${m.json().id}/held`);

    // Publishing before adoption is refused.
    expect((await secretariat.post(`/api/action-programmes/${ap.id}/publication`)).json().code).toBe('STATE_CHANGED');
    // Changed after the case was prepared: the decision is refused whole.
    await secretariat.patch(`/api/action-programmes/${ap.id}`, { periodTo: 2024 });
    const refused = await secretariat.post(`/api/agenda-items/${item.id}/decision`, { outcome: 'adopted' });
    expect(refused.json().code).toBe('EFFECT_FAILED');
    expect(errors(refused)).toEqual(['effects.0:actionProgrammeChanged']);
    await secretariat.patch(`/api/action-programmes/${ap.id}`, { periodTo: 2023 });

    const again = await secretariat.post(`/api/bodies/${body.id}/cases`, { type: 'decision', title: { nb: 'Handlingsprogram 2023, ny behandling' }, effects: [{ kind: 'adopt_action_programme', targetId: ap.id }] });
    const m2 = await secretariat.post(`/api/bodies/${body.id}/meetings`, { startsAt: '2023-03-01T10:00:00+01:00' });
    const items = (await secretariat.post(`/api/meetings/${m2.json().id}/items`, { caseId: again.json().id })).json().items;
    await secretariat.post(`/api/meetings/${m2.json().id}/held`);
    const decided = items.find((i: { case: { id: string } }) => i.case.id === again.json().id);
    expect((await secretariat.post(`/api/agenda-items/${decided.id}/decision`, { outcome: 'adopted' })).statusCode).toBe(200);

    const adopted = (await secretariat.get(`/api/action-programmes/${ap.id}`)).json();
    expect(adopted).toMatchObject({ status: 'adopted', adoptedBy: { itemId: decided.id } });
    expect((await secretariat.patch(`/api/action-programmes/${ap.id}`, { title: { nb: 'X' } })).json().code).toBe('STATE_CHANGED');
    expect((await anon.get(`/api/programmes/${subId}/goal-efforts`)).json().goals).toEqual([]);

    expect((await secretariat.post(`/api/action-programmes/${ap.id}/publication`)).json().status).toBe('published');
    const served = (await anon.get(`/api/programmes/${subId}/goal-efforts`)).json().goals;
    expect(served).toEqual([{ goalId: goal.id, efforts: [expect.objectContaining({ title: { nb: 'Sommerskole' }, actionProgramme: { id: ap.id, title: { nb: 'Handlingsprogram 2023' } } })] }]);
    expect((await anon.get(`/api/action-programmes/${ap.id}`)).statusCode).toBe(200);
  });
});
