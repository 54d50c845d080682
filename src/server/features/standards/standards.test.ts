import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { auditEntries } from '../audit/audit.table';

let t: TestApp;
let secretariat: TestClient;
let arabic: TestClient;
let anonymous: TestClient;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db)).id;
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  arabic = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'translator', ['ar', 'ur']]], name: 'Layla Translator' })).email);
  anonymous = await t.client();
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);
const sections = (goal: string) => [
  { key: 'goal', kind: 'text', heading: 'Mål', text: goal },
  { key: 'subgoals', kind: 'list', heading: 'Delmål', items: ['En felles plattform for samarbeidet.'] },
  { key: 'fag-og-laering', kind: 'area', heading: 'Fag og læring', fromSchool: ['Tydelige mål for læringen.'], fromHome: ['Spør barnet om skoledagen.'] },
];
const goalAr = { heading: 'الهدف', text: 'تعزيز العلاقة بين المدرسة والبيت.', revision: 0 };

async function published(goal = 'Styrke relasjonen mellom skolen og hjemmene.') {
  const created = await secretariat.post(`/api/programmes/${programmeId}/standards`, { title: 'Oslostandard for skole-hjem-samarbeid' });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const updated = await secretariat.patch(`/api/standards/${id}`, { sections: sections(goal), timeline: [{ kind: 'in_force', on: '2014-08-01' }, { kind: 'drafted', on: '2014-03-01' }], revision: 1 });
  expect(updated.statusCode, updated.body).toBe(200);
  expect(updated.json().timeline.map((m: { kind: string }) => m.kind)).toEqual(['drafted', 'in_force']);
  const v1 = await secretariat.post(`/api/standards/${id}/versions`, { note: 'Første versjon', revision: 2 });
  expect(v1.statusCode, v1.body).toBe(201);
  return id;
}

describe('standards', () => {
  it('are seen by the public only once published, in the version published', async () => {
    const draft = (await secretariat.post(`/api/programmes/${programmeId}/standards`, { title: 'Utkast' })).json().id as string;
    expect((await anonymous.get(`/api/standards/${draft}/text`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/programmes/${programmeId}/standards`)).json().items.map((s: { id: string }) => s.id)).not.toContain(draft);
    expect((await secretariat.get(`/api/programmes/${programmeId}/standards`)).json().items.map((s: { id: string }) => s.id)).toContain(draft);
    // Nothing to publish yet.
    expect((await secretariat.post(`/api/standards/${draft}/versions`, { revision: 1 })).json().code).toBe('EFFECT_FAILED');

    const id = await published();
    await secretariat.patch(`/api/standards/${id}`, { sections: sections('Et nytt mål i utkastet.'), revision: 3 });
    const text = (await anonymous.get(`/api/standards/${id}/text`)).json();
    expect(text).toMatchObject({ language: 'nb', dir: 'ltr', version: { number: 1 }, status: null, available: [{ language: 'nb' }] });
    expect(text.sections[0]).toMatchObject({ key: 'goal', text: 'Styrke relasjonen mellom skolen og hjemmene.', lang: 'nb' });
    expect((await anonymous.get(`/api/standards/${id}`)).statusCode).toBe(401);
    expect(errors(await secretariat.patch(`/api/standards/${id}`, { sections: [...sections('x'), { key: 'goal', kind: 'text', heading: 'Igjen' }], revision: 4 }))).toEqual(['sections.3.key:duplicate']);
  });

  it('keeps a translation current, outdated after the source changed, and current again once confirmed', async () => {
    const id = await published();
    const saved = await arabic.put(`/api/standards/${id}/translations/ar/sections/goal`, goalAr);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ language: 'ar', dir: 'rtl', revision: 1, canEdit: true });
    expect(saved.json().sections.map((s: { status: { status: string } }) => s.status.status)).toEqual(['current', 'missing', 'missing']);

    let overview = (await secretariat.get(`/api/standards/${id}`)).json().overview;
    expect(overview.find((o: { language: string }) => o.language === 'ar')).toMatchObject({ status: 'partial', canEdit: true });
    expect(overview.find((o: { language: string }) => o.language === 'en')).toMatchObject({ status: 'missing' });

    // The source's goal changes in version 2: the Arabic goal is outdated, with the change by words.
    await secretariat.patch(`/api/standards/${id}`, { sections: sections('Styrke relasjonen mellom skolen og alle hjemmene.'), revision: 3 });
    expect((await secretariat.post(`/api/standards/${id}/versions`, { revision: 4 })).statusCode).toBe(201);
    const outdated = (await arabic.get(`/api/standards/${id}/translations/ar`)).json();
    expect(outdated.sections[0].status).toMatchObject({ status: 'outdated', sourceVersion: 1 });
    expect(outdated.sections[0].status.diff).toContainEqual({ kind: 'added', text: 'alle ' });
    overview = (await secretariat.get(`/api/standards/${id}`)).json().overview;
    expect(overview.find((o: { language: string }) => o.language === 'ar').status).toBe('outdated');

    // The reader is told, with the version the translation follows.
    const page = (await anonymous.get(`/api/standards/${id}/text?lang=ar`)).json();
    expect(page).toMatchObject({ language: 'ar', dir: 'rtl', status: 'outdated', followsVersion: { number: 1 }, version: { number: 2 } });
    expect(page.sections.map((s: { lang: string }) => s.lang)).toEqual(['ar', 'nb', 'nb']);
    expect(page.available.map((a: { language: string; name: string }) => `${a.language}:${a.name}`)).toEqual(['nb:Norsk (bokmål)', 'ar:العربية']);

    // Confirming (the same words, marked as made from version 2) makes it current again.
    const confirmed = await arabic.put(`/api/standards/${id}/translations/ar/sections/goal`, { ...goalAr, revision: 1 });
    expect(confirmed.json().sections[0].status).toMatchObject({ status: 'current', sourceVersion: 2, diff: null });
    expect((await anonymous.get(`/api/standards/${id}/text?lang=ar`)).json()).toMatchObject({ status: 'partial', followsVersion: null });
    // A stale revision is refused; a section the latest version lacks is a 400.
    expect((await arabic.put(`/api/standards/${id}/translations/ar/sections/goal`, goalAr)).json().code).toBe('STATE_CHANGED');
    expect(errors(await arabic.put(`/api/standards/${id}/translations/ar/sections/nowhere`, { ...goalAr, revision: 2 }))).toEqual(['key:notFound']);
    const audited = await t.db.select().from(auditEntries).where(eq(auditEntries.entityType, 'standard_translation'));
    expect(audited.filter((a) => a.action === 'create').length).toBeGreaterThan(0);
  });

  it('lets a translator edit only the languages assigned', async () => {
    const id = await published();
    expect((await arabic.put(`/api/standards/${id}/translations/so/sections/goal`, { heading: 'Hadafka', text: 'Xoojinta xiriirka.', revision: 0 })).statusCode).toBe(403);
    expect((await arabic.put(`/api/standards/${id}/translations/ur/sections/goal`, { heading: 'مقصد', text: 'اسکول اور گھر کا رشتہ مضبوط کرنا۔', revision: 0 })).statusCode).toBe(200);
    expect((await arabic.get(`/api/standards/${id}/translations/so`)).json().canEdit).toBe(false);
    expect((await arabic.patch(`/api/standards/${id}`, { title: 'Nei', revision: 3 })).statusCode).toBe(403);
    expect((await arabic.post(`/api/standards/${id}/versions`, { revision: 3 })).statusCode).toBe(403);
    const overview = (await arabic.get(`/api/standards/${id}`)).json().overview as { language: string; canEdit: boolean }[];
    expect(overview.filter((o) => o.canEdit).map((o) => o.language)).toEqual(['ar', 'ur']);
    // The secretariat edits every language.
    expect((await secretariat.put(`/api/standards/${id}/translations/so/sections/goal`, { heading: 'Hadafka', text: 'Xoojinta xiriirka.', revision: 0 })).statusCode).toBe(200);
    // A translator of another programme does not see the draft of this one's standards.
    const elsewhere = await t.signIn((await buildUser(t.db, { roles: [[(await buildProgramme(t.db)).id, 'translator', ['so']]] })).email);
    expect((await elsewhere.put(`/api/standards/${id}/translations/so/sections/goal`, { heading: 'x', revision: 1 })).statusCode).toBe(403);
  });

  it('grants the translator role with its languages, and needs at least one', async () => {
    const user = await buildUser(t.db, { roles: [[programmeId, 'viewer']] });
    expect(errors(await secretariat.put(`/api/users/${user.id}/roles`, { programmeId, role: 'translator' }))).toEqual(['languages:required']);
    const granted = await secretariat.put(`/api/users/${user.id}/roles`, { programmeId, role: 'translator', languages: ['so', 'ar', 'so'] });
    expect(granted.json().roles).toMatchObject([{ role: 'translator', languages: ['ar', 'so'] }]);
    expect(errors(await secretariat.put(`/api/users/${user.id}/roles`, { programmeId, role: 'translator', languages: ['xx'] }))).toEqual(['languages.0:invalid_value']);
  });

  it("lets a school publish a local guideline on the latest version, flagged once a newer one is published", async () => {
    const id = await published();
    const schoolId = (await buildOrganisation(t.db, { name: 'Sinsen skole' })).id;
    const school = await t.signIn((await buildUser(t.db, { organisationId: schoolId, roles: [[programmeId, 'contributor']] })).email);
    const local = await school.post(`/api/programmes/${programmeId}/standards`, { title: 'Sinsen skoles retningslinjer', organisationId: schoolId, basedOnStandardId: id });
    expect(local.statusCode, local.body).toBe(201);
    expect(local.json()).toMatchObject({ organisation: { name: 'Sinsen skole' }, basedOn: { standardId: id, version: 1, superseded: false }, canManage: true });
    expect(local.json().sections).toHaveLength(3);
    const localId = local.json().id as string;
    expect((await school.post(`/api/standards/${localId}/versions`, { revision: 1 })).statusCode).toBe(201);
    // Another school's contributor cannot touch it; nor make one for a school not its own.
    const otherId = (await buildOrganisation(t.db)).id;
    const other = await t.signIn((await buildUser(t.db, { organisationId: otherId, roles: [[programmeId, 'contributor']] })).email);
    expect((await other.patch(`/api/standards/${localId}`, { title: 'x', revision: 2 })).statusCode).toBe(403);
    expect((await other.post(`/api/programmes/${programmeId}/standards`, { title: 'x', organisationId: schoolId })).statusCode).toBe(403);
    // A school's user may write their own school's only; the secretariat any school's.
    expect((await other.get(`/api/programmes/${programmeId}/standards`)).json()).toMatchObject({ canCreate: true, canCreateForAnySchool: false });
    expect((await secretariat.get(`/api/programmes/${programmeId}/standards`)).json()).toMatchObject({ canCreate: true, canCreateForAnySchool: true });
    const forOther = await secretariat.post(`/api/programmes/${programmeId}/standards`, { title: 'Retningslinjer for en annen skole', organisationId: otherId, basedOnStandardId: id });
    expect(forOther.json()).toMatchObject({ organisation: { id: otherId }, basedOn: { standardId: id } });

    await secretariat.patch(`/api/standards/${id}`, { sections: sections('Et nytt mål.'), revision: 3 });
    await secretariat.post(`/api/standards/${id}/versions`, { revision: 4 });
    expect((await anonymous.get(`/api/standards/${localId}/text`)).json().basedOn).toMatchObject({ version: 1, superseded: true });
  });
});
