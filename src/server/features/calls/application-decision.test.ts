import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildApplication, buildBody, buildCall, buildMeeting, buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { projects } from '../portfolio/projects.table';
import { applicationPartners, applications } from './calls.table';
import { auditEntries } from '../audit/audit.table';
import { outboxEmails } from '../email/email.table';
import { readPdf } from '../../testing/pdf-reader';

let t: TestApp;
let secretariat: TestClient;
let applicant: TestClient;
let programmeId: string;
let bodyId: string;
let callId: string;
let district: { id: string; name: string };
let applicantUser: { id: string; email: string };
let outsider: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db, { isPublished: true });
  programmeId = programme.id;
  district = await buildOrganisation(t.db, { name: 'Bydel Stovner', kind: 'city_district' });
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  applicantUser = await buildUser(t.db, { organisationId: district.id, roles: [[programmeId, 'contributor']], name: 'Siri Søker' });
  applicant = await t.signIn(applicantUser.email);
  outsider = await t.signIn((await buildUser(t.db, { organisationId: (await buildOrganisation(t.db)).id, roles: [[programmeId, 'contributor']] })).email);
  bodyId = (await buildBody(t.db, { programmeId, kind: 'operative_board', name: { nb: 'Operativt styre' } })).id;
  callId = (await buildCall(t.db, { programmeId, title: { nb: 'Tilskudd 2026' } })).id;
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

/** A case proposing `decision` on the application, on the agenda of a meeting that is held. */
async function prepared(applicationId: string, decision: Record<string, unknown>) {
  const kase = await secretariat.post(`/api/bodies/${bodyId}/cases`, { type: 'decision', title: { nb: 'Søknad om tilskudd' }, effects: [{ kind: 'decide_application', targetId: applicationId, decision }] });
  expect(kase.statusCode, kase.body).toBe(201);
  const meeting = await buildMeeting(t.db, { bodyId, startsAt: new Date('2026-06-10T08:00:00Z') });
  const agenda = await secretariat.post(`/api/meetings/${meeting.id}/items`, { caseId: kase.json().id });
  expect(agenda.statusCode, agenda.body).toBe(201);
  await secretariat.post(`/api/meetings/${meeting.id}/notice`);
  expect((await secretariat.post(`/api/meetings/${meeting.id}/held`)).statusCode).toBe(200);
  const item = (agenda.json().items as { id: string; case: { id: string } }[]).find((i) => i.case.id === kase.json().id)!;
  return { itemId: item.id, caseId: kase.json().id as string, meetingId: meeting.id };
}

describe("a board's decision on an application", () => {
  it('grants it in part in the transaction that records the decision, and creates the project with the granted budget', async () => {
    const partner = await buildOrganisation(t.db, { name: 'Stovner videregående skole', kind: 'agency' });
    const application = await buildApplication(t.db, { callId, organisationId: district.id, title: 'Sommerjobb for ungdom i Stovner', versions: 1 });
    await t.db.insert(applicationPartners).values({ applicationId: application.id, organisationId: partner.id, position: 1 });
    const { itemId, caseId } = await prepared(application.id, { outcome: 'partly_granted', amount: 400000, conditions: { nb: 'Rapport innen 1. juni 2027.' } });

    const decided = await secretariat.post(`/api/agenda-items/${itemId}/decision`, { outcome: 'adopted' });
    expect(decided.statusCode, decided.body).toBe(200);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, application.id));
    expect(row).toMatchObject({ status: 'decided', outcome: 'partly_granted', grantedAmount: 400000, decidedByItemId: itemId, conditions: { nb: 'Rapport innen 1. juni 2027.' } });

    const [project] = await t.db.select().from(projects).where(eq(projects.applicationId, application.id));
    expect(project).toMatchObject({ programmeId, ownerOrganisationId: district.id, createdByItemId: itemId, grantedTotal: 400000, budgetGranted: 400000, phase: 'planning', fundingProgrammeName: 'Tilskudd 2026' });
    const detail = (await applicant.get(`/api/projects/${project!.id}`)).json();
    expect(detail).toMatchObject({ title: { nb: 'Sommerjobb for ungdom i Stovner' }, canEdit: true, budgetLines: [{ year: 2026, kind: 'granted', amount: 400000 }] });
    expect(detail.partners).toMatchObject([{ organisation: { id: partner.id }, role: 'partner' }]);
    // The applicant reads the decision on the application, with the project it created.
    expect((await applicant.get(`/api/applications/${application.id}`)).json().decision).toEqual({
      outcome: 'partly_granted',
      grantedAmount: 400000,
      conditions: { nb: 'Rapport innen 1. juni 2027.', nn: null, en: null },
      decidedAt: expect.any(String),
      projectId: project!.id,
    });

    // The case shows what its decision did: the application decided and the project it created.
    const kase = (await secretariat.get(`/api/cases/${caseId}`)).json();
    expect(kase.effects[0]).toMatchObject({ kind: 'decide_application', appliedAt: expect.any(String), decision: { outcome: 'partly_granted', amount: 400000 }, target: { applicationId: application.id, projectId: project!.id } });
    const audited = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, project!.id));
    expect(audited.map((a) => a.action)).toEqual(['create']);
  });

  it('sends the decision letter to the applicant with the decision, and gives it as a tagged PDF to the applicant alone', async () => {
    const partner = await buildOrganisation(t.db, { name: 'Frivilligsentralen', kind: 'ngo' });
    const application = await buildApplication(t.db, { callId: (await buildCall(t.db, { programmeId, title: { nb: 'Tilskudd 2027' } })).id, organisationId: district.id, title: 'Leksehjelp på biblioteket', versions: 1, createdBy: applicantUser.id });
    await t.db.insert(applicationPartners).values({ applicationId: application.id, organisationId: partner.id, position: 1 });
    const letterUrl = `/api/applications/${application.id}/decision-letter.pdf?lang=nb`;
    expect((await applicant.get(letterUrl)).statusCode).toBe(404);
    const { itemId } = await prepared(application.id, { outcome: 'partly_granted', amount: 150000, conditions: { nb: 'Sluttrapport innen 1. mars 2027.' } });
    expect((await secretariat.post(`/api/agenda-items/${itemId}/decision`, { outcome: 'adopted' })).statusCode).toBe(200);

    const [mail] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, applicantUser.email));
    expect(mail).toMatchObject({ template: 'decisionLetter', locale: 'nb', subject: 'Vedtak: søknaden «Leksehjelp på biblioteket»' });
    expect(mail!.textBody).toContain('Søknaden er delvis innvilget.');
    expect(mail!.textBody).toContain('Innvilget beløp: 150');
    expect(mail!.textBody).toContain('Vilkår: Sluttrapport innen 1. mars 2027.');
    expect(mail!.textBody).toContain(`/admin/soknader/${application.id}`);

    const res = await applicant.get(letterUrl);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(res.rawPayload);
    expect(pdf.lang).toBe('nb-NO');
    expect(pdf.title).toBe('Vedtak om tilskudd: Leksehjelp på biblioteket');
    expect(pdf.structure.length).toBeGreaterThan(0);
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('Søknaden er delvis innvilget.');
    expect(text).toContain('Operativt styre');
    expect((await outsider.get(letterUrl)).statusCode).toBe(404);
  });

  it('refuses the whole recording when the applicant withdrew the application after the case was prepared', async () => {
    const withdrawer = await buildUser(t.db, { organisationId: district.id });
    const application = await buildApplication(t.db, { callId, organisationId: (await buildOrganisation(t.db, { kind: 'city_district' })).id, versions: 1, createdBy: withdrawer.id });
    const { itemId, meetingId } = await prepared(application.id, { outcome: 'granted', amount: 250000 });
    await t.db.update(applications).set({ status: 'withdrawn' }).where(eq(applications.id, application.id));

    const refused = await secretariat.post(`/api/agenda-items/${itemId}/decision`, { outcome: 'adopted' });
    expect(refused.json().code).toBe('EFFECT_FAILED');
    expect(errors(refused)).toEqual(['effects.0:applicationWithdrawn']);
    // Nothing was recorded: no outcome, no project.
    const items = (await secretariat.get(`/api/meetings/${meetingId}`)).json().items as { id: string; outcome: string | null }[];
    expect(items.find((i) => i.id === itemId)!.outcome).toBeNull();
    expect(await t.db.select().from(projects).where(eq(projects.applicationId, application.id))).toEqual([]);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, application.id));
    expect(row).toMatchObject({ status: 'withdrawn', outcome: null });
    // …and no decision letter went out.
    expect(await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, withdrawer.email))).toEqual([]);
  });

  it('refuses the recording when the application changed after the case was prepared, and rejects without a project', async () => {
    const changed = await buildApplication(t.db, { callId, organisationId: (await buildOrganisation(t.db, { kind: 'city_district' })).id, versions: 1 });
    const first = await prepared(changed.id, { outcome: 'granted', amount: 100000 });
    await t.db.update(applications).set({ revision: 5 }).where(eq(applications.id, changed.id));
    expect(errors(await secretariat.post(`/api/agenda-items/${first.itemId}/decision`, { outcome: 'adopted' }))).toEqual(['effects.0:applicationChanged']);

    const rejected = await buildApplication(t.db, { callId, organisationId: (await buildOrganisation(t.db, { kind: 'city_district' })).id, versions: 1 });
    const second = await prepared(rejected.id, { outcome: 'rejected' });
    expect((await secretariat.post(`/api/agenda-items/${second.itemId}/decision`, { outcome: 'adopted' })).statusCode).toBe(200);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, rejected.id));
    expect(row).toMatchObject({ status: 'decided', outcome: 'rejected', grantedAmount: null });
    expect(await t.db.select().from(projects).where(eq(projects.applicationId, rejected.id))).toEqual([]);
  });

  it('names what is wrong when the case is prepared', async () => {
    const draft = await buildApplication(t.db, { callId, organisationId: (await buildOrganisation(t.db, { kind: 'city_district' })).id });
    const submitted = await buildApplication(t.db, { callId, organisationId: (await buildOrganisation(t.db, { kind: 'city_district' })).id, versions: 1 });
    const elsewhere = await buildApplication(t.db, {
      callId: (await buildCall(t.db, { programmeId: (await buildProgramme(t.db)).id })).id,
      organisationId: (await buildOrganisation(t.db, { kind: 'city_district' })).id,
      versions: 1,
    });
    const kase = (effect: Record<string, unknown>) => secretariat.post(`/api/bodies/${bodyId}/cases`, { type: 'decision', title: { nb: 'Sak' }, effects: [{ kind: 'decide_application', ...effect }] });
    expect(errors(await kase({ targetId: submitted.id }))).toEqual(['effects.0.decision:required']);
    expect(errors(await kase({ targetId: submitted.id, decision: { outcome: 'granted' } }))).toEqual(['effects.0.decision.amount:required']);
    expect(errors(await kase({ targetId: draft.id, decision: { outcome: 'rejected' } }))).toEqual(['effects.0.targetId:notDecidable']);
    expect(errors(await kase({ targetId: elsewhere.id, decision: { outcome: 'rejected' } }))).toEqual(['effects.0.targetId:notFound']);
  });
});
