import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildCohort, buildGathering, buildGroup, buildMember, buildProgramme, buildTask, buildUser } from '../../testing/factories';
import { auditEntries } from '../audit/audit.table';
import { developmentSettings, evaluationAnswers, homeworkSubmissions } from './development.table';
import { keptHomeworkFiles } from './development.repo';
import { storedFiles } from '../../files/files.table';
import type { CohortDetail, DevelopmentOverview, GroupSummary, Plan, Submission } from '../../../shared/contracts/development';

const DAY = 24 * 60 * 60 * 1000;
const nb = (s: string) => ({ nb: s });

/** A development programme with one cohort and two groups, each with a member who signs in. */
async function arrange(t: TestApp) {
  const programme = await buildProgramme(t.db, { kind: 'development_programme' });
  const cohort = await buildCohort(t.db, { programmeId: programme.id });
  const office = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
  const groupA = await buildGroup(t.db, { cohortId: cohort.id });
  const groupB = await buildGroup(t.db, { cohortId: cohort.id });
  const userA = await buildUser(t.db, { roles: [[programme.id, 'participant']] });
  const userB = await buildUser(t.db, { roles: [[programme.id, 'participant']] });
  const memberA = await buildMember(t.db, { groupId: groupA.id, userId: userA.id, isContact: true });
  await buildMember(t.db, { groupId: groupB.id, userId: userB.id, isContact: true });
  return { programme, cohort, office, groupA, groupB, memberA, a: await t.signIn(userA.email), b: await t.signIn(userB.email) };
}

describe('development programmes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('keeps each group to itself: another group\'s member cannot see or write its plan, homework or notes', async () => {
    const { cohort, groupA, a, b } = await arrange(t);
    const task = await buildTask(t.db, { cohortId: cohort.id });
    expect((await a.get(`/api/groups/${groupA.id}`)).statusCode).toBe(200);
    for (const res of [
      await b.get(`/api/groups/${groupA.id}`),
      await b.get(`/api/groups/${groupA.id}/plan`),
      await b.put(`/api/groups/${groupA.id}/plan`, { revision: 0, goals: [], actors: [], efforts: [] }),
      await b.put(`/api/groups/${groupA.id}/homework/${task.id}`, { text: 'Vårt svar' }),
      await b.post(`/api/groups/${groupA.id}/notes`, { kind: 'local_meeting', metOn: '2026-03-01', title: 'Møte' }),
    ]) {
      expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    // The cohort page shows a participant their own group only, the public none.
    const seen = (await b.get(`/api/cohorts/${cohort.id}`)).json() as CohortDetail;
    expect(seen.groups.map((g) => g.id)).not.toContain(groupA.id);
    expect(seen.groups).toHaveLength(1);
    const anon = (await (await t.client()).get(`/api/cohorts/${cohort.id}`)).json() as CohortDetail;
    expect(anon.groups).toEqual([]);
    expect(anon.homework).toEqual([]);
  });

  it('lets a facilitator into the groups assigned to them only, to comment but not to write', async () => {
    const { programme, groupA, groupB, office } = await arrange(t);
    const facilitator = await buildUser(t.db, { roles: [[programme.id, 'facilitator']] });
    expect((await office.put(`/api/groups/${groupA.id}/facilitator`, { userId: facilitator.id })).statusCode).toBe(200);
    const f = await t.signIn(facilitator.email);
    expect((await f.get(`/api/groups/${groupA.id}`)).json().canComment).toBe(true);
    expect((await f.get(`/api/groups/${groupB.id}`)).statusCode).toBe(404);
    const comment = await f.post(`/api/groups/${groupA.id}/plan/comments`, { part: 'where_are_we', body: 'Ta med tallene for frafall.' });
    expect(comment.statusCode, comment.body).toBe(201);
    const write = await f.put(`/api/groups/${groupA.id}/plan`, { revision: 0, goals: [], actors: [], efforts: [] });
    expect({ status: write.statusCode, code: write.json().code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    // Someone without a role in the programme cannot be made facilitator.
    const outsider = await buildUser(t.db);
    const refused = await office.put(`/api/groups/${groupA.id}/facilitator`, { userId: outsider.id });
    expect(refused.json().errors[0].path).toBe('userId');
  });

  it('accepts a group only with the commitment, members and a contact person, and shows who fell below it', async () => {
    const { programme, cohort, office } = await arrange(t);
    const invited = (await office.post(`/api/cohorts/${cohort.id}/groups`, { organisationId: (await buildGroup(t.db, { cohortId: (await buildCohort(t.db, { programmeId: programme.id })).id })).organisationId })).json() as GroupSummary;
    expect(invited.status).toBe('invited');
    const empty = await office.post(`/api/groups/${invited.id}/response`, { status: 'accepted', hasCommitted: false });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['contact', 'hasCommitted', 'members']);
    const m1 = (await office.post(`/api/groups/${invited.id}/members`, { name: 'Ola Ordfører', role: 'mayor', kind: 'elected', isContact: true })).json();
    const m2 = (await office.post(`/api/groups/${invited.id}/members`, { name: 'Kari Kommunalsjef', role: 'head_of_education', kind: 'administrative' })).json();
    const accepted = await office.post(`/api/groups/${invited.id}/response`, { status: 'accepted', hasCommitted: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    // Two gatherings held: both came to the first, only the mayor to the second.
    const first = await buildGathering(t.db, { cohortId: cohort.id, programmeId: programme.id, days: -60 });
    const second = await buildGathering(t.db, { cohortId: cohort.id, programmeId: programme.id, days: -20 });
    await buildGathering(t.db, { cohortId: cohort.id, programmeId: programme.id, days: 30 });
    expect((await office.put(`/api/gatherings/${first.id}/attendance`, { marks: [{ memberId: m1.id, attended: true }, { memberId: m2.id, attended: true }] })).statusCode).toBe(200);
    expect((await office.put(`/api/gatherings/${second.id}/attendance`, { marks: [{ memberId: m1.id, attended: true }, { memberId: m2.id, attended: false }] })).statusCode).toBe(200);
    const group = ((await office.get(`/api/cohorts/${cohort.id}`)).json() as CohortDetail).groups.find((g) => g.id === invited.id)!;
    expect(group.attendance).toBe(0.75);
    expect(group.isBelowCommitment).toBe(true);
    // Marking the second gathering right brings the group back to its commitment.
    await office.put(`/api/gatherings/${second.id}/attendance`, { marks: [{ memberId: m2.id, attended: true }] });
    const after = ((await office.get(`/api/cohorts/${cohort.id}`)).json() as CohortDetail).groups.find((g) => g.id === invited.id)!;
    expect({ attendance: after.attendance, below: after.isBelowCommitment }).toEqual({ attendance: 1, below: false });
    // A member of another cohort's group cannot be marked at this gathering.
    const stranger = await buildMember(t.db, { groupId: (await buildGroup(t.db, { cohortId: (await buildCohort(t.db, { programmeId: programme.id })).id })).id });
    const wrong = await office.put(`/api/gatherings/${first.id}/attendance`, { marks: [{ memberId: m1.id, attended: true }, { memberId: stranger.id, attended: true }] });
    expect(wrong.json().errors[0].path).toBe('marks.1.memberId');
  });

  it('marks a hand-in after the due date late, and keeps a handed-in one as it was', async () => {
    const { cohort, groupA, a, office } = await arrange(t);
    const past = await buildTask(t.db, { cohortId: cohort.id, days: -2 });
    const ahead = await buildTask(t.db, { cohortId: cohort.id, days: 5 });
    const draft = await a.put(`/api/groups/${groupA.id}/homework/${ahead.id}`, { text: 'Utkast' });
    expect((draft.json() as Submission).submittedAt).toBeNull();
    const onTime = (await a.put(`/api/groups/${groupA.id}/homework/${ahead.id}`, { text: 'Vårt svar', submit: true })).json() as Submission;
    expect({ late: onTime.isLate, handedIn: onTime.submittedAt !== null }).toEqual({ late: false, handedIn: true });
    const late = (await a.put(`/api/groups/${groupA.id}/homework/${past.id}`, { text: 'Sent svar', submit: true })).json() as Submission;
    expect(late.isLate).toBe(true);
    const again = await a.put(`/api/groups/${groupA.id}/homework/${ahead.id}`, { text: 'Endret', submit: true });
    expect({ status: again.statusCode, code: again.json().code }).toEqual({ status: 409, code: 'STATE_CHANGED' });
    const states = ((await office.get(`/api/cohorts/${cohort.id}`)).json() as CohortDetail).groups.find((g) => g.id === groupA.id)!.homework;
    expect(Object.fromEntries(states.map((s) => [s.taskId, s.state]))).toEqual({ [past.id]: 'late', [ahead.id]: 'submitted' });
    // A document task is not handed in without its document; the office may not hand in for the group.
    const doc = await buildTask(t.db, { cohortId: cohort.id, submissionKind: 'document' });
    expect((await a.put(`/api/groups/${groupA.id}/homework/${doc.id}`, { text: '', submit: true })).json().errors[0].path).toBe('file');
    expect((await office.put(`/api/groups/${groupA.id}/homework/${doc.id}`, { text: 'x' })).statusCode).toBe(403);
  });

  it('takes a document hand-in by its content, not its name', async () => {
    const { cohort, groupA, a } = await arrange(t);
    const doc = await buildTask(t.db, { cohortId: cohort.id, submissionKind: 'document' });
    const upload = (name: string, bytes: Buffer) => {
      const boundary = 'grense123';
      const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
      return a.request({ method: 'POST', url: `/api/groups/${groupA.id}/homework/${doc.id}/file`, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    };
    const fake = await upload('svar.pdf', Buffer.from('<html>ikke en pdf</html>'));
    expect(fake.json().errors[0]).toMatchObject({ path: 'file', code: 'documentFileType' });
    // The refused file is not kept.
    expect(await t.db.select().from(storedFiles).where(eq(storedFiles.purpose, 'homework_submission'))).toEqual([]);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const ok = await upload('Vårt svar.pdf', pdf);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as Submission).fileName).toBe('Vårt svar.pdf');
    const file = await a.get(`/api/groups/${groupA.id}/homework/${doc.id}/file`);
    expect({ type: file.headers['content-type'], body: file.rawPayload.equals(pdf) }).toEqual({ type: 'application/pdf', body: true });
    // A new document replaces the one before: only the newest is kept, and the nightly sweep keeps it.
    const firstFile = (await t.db.select().from(homeworkSubmissions).where(eq(homeworkSubmissions.taskId, doc.id)))[0]!.fileId!;
    expect((await upload('Nytt svar.pdf', pdf)).statusCode).toBe(200);
    const current = (await t.db.select().from(homeworkSubmissions).where(eq(homeworkSubmissions.taskId, doc.id)))[0]!.fileId!;
    expect(await t.db.select().from(storedFiles).where(eq(storedFiles.id, firstFile))).toEqual([]);
    expect([...(await keptHomeworkFiles(t.db, [firstFile, current]))]).toEqual([current]);
    expect((await a.put(`/api/groups/${groupA.id}/homework/${doc.id}`, { text: '', submit: true })).statusCode).toBe(200);
    expect((await upload('For sent.pdf', pdf)).json().code).toBe('STATE_CHANGED');
  });

  it('shows a group\'s evaluation only from five answers; fewer count only for the cohort, and no one answers twice', async () => {
    const { programme, cohort, groupA, groupB, a, office } = await arrange(t);
    await t.db.insert(developmentSettings).values({ programmeId: programme.id, competenceGoals: [nb('Rolleforståelse'), nb('Innsikt')] });
    const closed = await a.post(`/api/groups/${groupA.id}/evaluation`, { ratings: [4, 5], comment: '' });
    expect(closed.json().code).toBe('STATE_CHANGED');
    await office.patch(`/api/cohorts/${cohort.id}`, { isEvaluationOpen: true });
    expect((await a.post(`/api/groups/${groupA.id}/evaluation`, { ratings: [4], comment: '' })).json().errors[0].path).toBe('ratings');
    expect((await a.post(`/api/groups/${groupA.id}/evaluation`, { ratings: [4, 5], comment: 'Nyttig' })).statusCode).toBe(201);
    expect((await a.post(`/api/groups/${groupA.id}/evaluation`, { ratings: [1, 1], comment: '' })).json().code).toBe('CONFLICT');
    // Four more members of group B answer: five in B, one in A.
    for (let i = 0; i < 5; i++) {
      const u = await buildUser(t.db, { roles: [[programme.id, 'participant']] });
      await buildMember(t.db, { groupId: groupB.id, userId: u.id });
      const c = await t.signIn(u.email);
      expect((await c.post(`/api/groups/${groupB.id}/evaluation`, { ratings: [3, 2 + (i % 2)], comment: '' })).statusCode).toBe(201);
    }
    const results = (await office.get(`/api/cohorts/${cohort.id}/evaluation`)).json();
    expect(results.cohort.answers).toBe(6);
    expect(results.cohort.averages[0]).toBe(3.17);
    const byGroup = Object.fromEntries(results.groups.map((g: { groupId: string; answers: number; figures: unknown }) => [g.groupId, g]));
    expect(byGroup[groupA.id]).toMatchObject({ answers: 1, figures: null });
    expect(byGroup[groupB.id].figures.answers).toBe(5);
    expect(results.comments).toEqual(['Nyttig']);
    // The answers keep no trace of who gave them, and the audit names the cohort, not the answer.
    const [row] = await t.db.select().from(evaluationAnswers).where(eq(evaluationAnswers.groupId, groupA.id));
    expect(Object.keys(row!).sort()).toEqual(['cohortId', 'comment', 'groupId', 'id', 'ratings']);
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityType, 'evaluation_answer'));
    expect(audit.map((e) => e.entityId)).not.toContain(row!.id);
    expect((await a.get(`/api/cohorts/${cohort.id}/evaluation`)).statusCode).toBe(403);
  });

  it('saves the plan with its revision, refuses a stale one, and shows it to the public only when made public', async () => {
    const { groupA, a } = await arrange(t);
    const plan = { revision: 0, strengths: 'Gode barnehager', weaknesses: 'Frafall', needs: 'Samarbeid', futureImages: 'Alle fullfører', goals: [{ title: 'Flere fullfører' }], actors: [{ name: 'Referansegruppa', role: 'Tverrfaglig', arena: 'reference_group' }], efforts: [{ title: 'Leksehjelp', goals: [0, 3] }] };
    const bad = await a.put(`/api/groups/${groupA.id}/plan`, plan);
    expect(bad.json().errors[0].path).toBe('efforts.0.goals');
    const saved = await a.put(`/api/groups/${groupA.id}/plan`, { ...plan, efforts: [{ title: 'Leksehjelp', goals: [0], fromYear: 2027, toYear: 2026 }] });
    expect(saved.json().errors[0].path).toBe('efforts.0.toYear');
    const ok = (await a.put(`/api/groups/${groupA.id}/plan`, { ...plan, efforts: [{ title: 'Leksehjelp', goals: [0] }] })).json() as Plan;
    expect(ok.revision).toBe(1);
    const stale = await a.put(`/api/groups/${groupA.id}/plan`, { ...plan, efforts: [] });
    expect(stale.json().code).toBe('STATE_CHANGED');
    const anon = await t.client();
    expect((await anon.get(`/api/groups/${groupA.id}/plan`)).statusCode).toBe(404);
    expect((await anon.get(`/api/groups/${groupA.id}/plan.pdf`)).statusCode).toBe(404);
    const pdf = await a.get(`/api/groups/${groupA.id}/plan.pdf?lang=nn`);
    expect({ status: pdf.statusCode, type: pdf.headers['content-type'], head: pdf.rawPayload.subarray(0, 5).toString() }).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
    const docx = await a.get(`/api/groups/${groupA.id}/plan.docx`);
    expect({ status: docx.statusCode, zip: docx.rawPayload.subarray(0, 2).toString() }).toEqual({ status: 200, zip: 'PK' });
    await a.put(`/api/groups/${groupA.id}/plan`, { ...plan, revision: 1, efforts: [], isPublic: true });
    const open = (await anon.get(`/api/groups/${groupA.id}/plan`)).json() as Plan;
    expect({ goals: open.goals.map((g) => g.title), comments: open.comments, canWrite: open.canWrite }).toEqual({ goals: ['Flere fullfører'], comments: [], canWrite: false });
    expect((await anon.get(`/api/groups/${groupA.id}/plan.docx`)).statusCode).toBe(200);
  });
});

describe('a development programme\'s public page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('shows content, cohorts, accepted organisations and gatherings, never the groups\' work', async () => {
    const programme = await buildProgramme(t.db, { kind: 'development_programme' });
    const office = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
    const saved = await office.put(`/api/programmes/${programme.id}/development`, {
      perspectives: [{ title: nb('Kunnskapsgrunnlag og kvalitet'), question: nb('Hvor er vi?'), topics: [nb('Globalisering')] }],
      cycleQuestions: { where_are_we: nb('Hvor er vi?') },
      competenceGoals: [nb('Økt rolleforståelse')],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const cohort = (await office.post(`/api/programmes/${programme.id}/cohorts`, { name: nb('Innlandet'), region: 'Innlandet', startsOn: '2026-01-01', endsOn: '2026-12-31' })).json() as CohortDetail;
    const wrongDates = await office.post(`/api/programmes/${programme.id}/cohorts`, { name: nb('X'), region: 'X', startsOn: '2026-12-01', endsOn: '2026-01-01' });
    expect(wrongDates.json().errors[0].path).toBe('endsOn');
    const gathering = await office.post(`/api/cohorts/${cohort.id}/gatherings`, { title: 'Første samling', startsAt: new Date(Date.now() + 10 * DAY).toISOString(), place: 'Hamar' });
    expect(gathering.statusCode, gathering.body).toBe(201);
    await buildGroup(t.db, { cohortId: cohort.id });
    await buildGroup(t.db, { cohortId: cohort.id, status: 'invited', hasCommitted: false });
    const view = (await (await t.client()).get(`/api/programmes/${programme.id}/development`)).json() as DevelopmentOverview;
    expect(view.settings.perspectives[0]!.title.nb).toBe('Kunnskapsgrunnlag og kvalitet');
    expect(view.settings.cycleQuestions.where_to_go).toBeNull();
    expect(view.cohorts[0]!.gatherings.map((g) => g.title)).toEqual(['Første samling']);
    expect(view.cohorts[0]!.organisations).toHaveLength(1);
    expect(view.canManage).toBe(false);
    // The gathering is an event of the programme: it is on the programme's event list.
    const events = (await (await t.client()).get(`/api/programmes/${programme.id}/events`)).json();
    expect(events.items.map((e: { kind: string }) => e.kind)).toEqual(['gathering']);
    // Another kind of programme has no such page.
    const plain = await buildProgramme(t.db);
    expect((await (await t.client()).get(`/api/programmes/${plain.id}/development`)).statusCode).toBe(404);
  });
});
