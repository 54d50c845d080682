import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { multipart } from '../../testing/imports';
import { outboxEmails } from '../email/email.table';
import { storedFiles } from '../../files/files.table';
import { applicationVersions } from './calls.table';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let grorudA: TestClient;
let grorudB: TestClient;
let stovner: TestClient;
let ngo: TestClient;
let programmeId: string;
let grorud: { id: string };
let alna: { id: string };
let grorudBEmail: string;
let grorudAName: string;
let grorudBName: string;

const HOUR = 3600_000;

const FORM = {
  sections: [
    {
      key: 'project',
      title: { nb: 'Prosjektet', en: 'The project' },
      fields: [
        { kind: 'short_text', key: 'summary', label: { nb: 'Sammendrag', en: 'Summary' }, required: true, maxLength: 50 },
        { kind: 'amount', key: 'amount', label: { nb: 'Søknadsbeløp', en: 'Amount applied for' }, required: true, max: 500000 },
        { kind: 'long_text', key: 'plan', label: { nb: 'Plan', en: 'Plan' } },
        { kind: 'attachment', key: 'budget_file', label: { nb: 'Budsjett', en: 'Budget' }, accept: ['pdf'], maxSizeMb: 1 },
      ],
    },
  ],
};

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db, { isPublished: true })).id;
  grorud = await buildOrganisation(t.db, { name: 'Bydel Grorud', kind: 'city_district' });
  alna = await buildOrganisation(t.db, { name: 'Bydel Alna', kind: 'city_district' });
  const stovnerOrg = await buildOrganisation(t.db, { name: 'Bydel Stovner', kind: 'city_district' });
  const ngoOrg = await buildOrganisation(t.db, { name: 'Frivillighetssentralen', kind: 'ngo' });
  const contributor = (organisationId: string) => buildUser(t.db, { organisationId, roles: [[programmeId, 'contributor']] });
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  const a = await contributor(grorud.id);
  grorudAName = a.name;
  grorudA = await t.signIn(a.email);
  const b = await contributor(grorud.id);
  grorudBEmail = b.email;
  grorudBName = b.name;
  grorudB = await t.signIn(b.email);
  stovner = await t.signIn((await contributor(stovnerOrg.id)).email);
  ngo = await t.signIn((await contributor(ngoOrg.id)).email);
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

/** An open call with one deadline an hour from the app's clock (or the deadlines given). */
async function openCall(o: { deadlines?: Date[]; ngoNeedsMunicipalPartner?: boolean } = {}) {
  const created = await secretariat.post(`/api/programmes/${programmeId}/calls`, {
    title: { nb: 'Tilskudd til prosjekter 2026' },
    budgetFrame: 2_000_000,
    eligibleKinds: ['city_district', 'ngo'],
    ngoNeedsMunicipalPartner: o.ngoNeedsMunicipalPartner ?? false,
    criteria: [{ key: 'relevance', title: { nb: 'Relevans' }, weight: 40, scale: { min: 1, max: 6 } }],
    form: FORM,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const deadlines = o.deadlines ?? [new Date(t.clock.now().getTime() + HOUR)];
  const set = await secretariat.put(`/api/calls/${id}/deadlines`, { deadlines: deadlines.map((d, i) => ({ deadline: d.toISOString(), label: { nb: `Frist ${i + 1}` } })) });
  expect(set.statusCode, set.body).toBe(200);
  const opened = await secretariat.post(`/api/calls/${id}/open`);
  expect(opened.statusCode, opened.body).toBe(200);
  return id;
}

async function draft(client: TestClient, callId: string, body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/calls/${callId}/applications`, { title: 'Sommerjobb for ungdom', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; revision: number };
}

const fill = { summary: 'Sommerjobb', amount: 250000 };

describe('a call from draft to open', () => {
  it('is hidden while a draft, fixed once open, and read by anyone when published', async () => {
    const created = await secretariat.post(`/api/programmes/${programmeId}/calls`, { title: { nb: 'Utkast' }, eligibleKinds: ['city_district'] });
    const id = created.json().id as string;
    expect((await anon.get(`/api/calls/${id}`)).statusCode).toBe(404);
    expect((await grorudA.get(`/api/programmes/${programmeId}/calls`)).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect(errors(await secretariat.post(`/api/calls/${id}/open`))).toEqual(['form:formRequired']);
    expect(errors(await secretariat.patch(`/api/calls/${id}`, { form: { sections: [{ key: 'a', title: { nb: 'A' }, fields: [{ kind: 'choice', key: 'x', label: { nb: 'X' }, options: [{ value: 'a', label: { nb: 'A' } }, { value: 'a', label: { nb: 'B' } }] }] }] } }))).toEqual([
      'form.sections.0.fields.0.options.1.value:duplicateKey',
    ]);
    await secretariat.patch(`/api/calls/${id}`, { form: FORM });
    expect(errors(await secretariat.post(`/api/calls/${id}/open`))).toEqual(['deadlines:noDeadline']);
    await secretariat.put(`/api/calls/${id}/deadlines`, { deadlines: [{ deadline: new Date(t.clock.now().getTime() + HOUR).toISOString(), label: { nb: 'Frist' } }] });
    const opened = await secretariat.post(`/api/calls/${id}/open`);
    expect(opened.json()).toMatchObject({ status: 'open', canManage: true });
    const pub = (await anon.get(`/api/calls/${id}`)).json();
    expect(pub).toMatchObject({ status: 'open', canManage: false, form: { sections: [{ key: 'project' }] } });
    expect(pub.nextDeadline).toBe(pub.deadlines[0].deadline);
    expect((await secretariat.patch(`/api/calls/${id}`, { eligibleKinds: ['ngo'] })).json().code).toBe('STATE_CHANGED');
    expect((await secretariat.patch(`/api/calls/${id}`, { title: { nb: 'Nytt navn' } })).statusCode).toBe(200);
    expect((await secretariat.delete(`/api/calls/${id}`)).json().code).toBe('STATE_CHANGED');
    expect((await grorudA.post(`/api/calls/${id}/close`)).statusCode).toBe(403);
  });
});

describe('applying', () => {
  it('two people of one organisation autosave: the one who saves on an older revision gets 409', async () => {
    const callId = await openCall();
    const { id, revision } = await draft(grorudA, callId);
    // Both have the application at the same revision; one saves first.
    const first = await grorudA.put(`/api/applications/${id}/answers`, { answers: { summary: 'Sommerjobb' }, revision });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ revision: revision + 1, missing: [{ fieldKey: 'amount' }], updatedBy: grorudAName });
    const stale = await grorudB.put(`/api/applications/${id}/answers`, { answers: { summary: 'Noe annet' }, revision });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STATE_CHANGED');
    expect((await grorudB.get(`/api/applications/${id}`)).json().answers).toEqual({ summary: 'Sommerjobb' });
    // A draft may leave required fields empty, but what it says must fit the field, worded in the reader's language.
    const bad = await grorudB.put(`/api/applications/${id}/answers?lang=en`, { answers: { summary: 'x'.repeat(51), amount: 600000, nope: 1 }, revision: revision + 1 });
    expect(errors(bad)).toEqual(['answers.nope:unknownField', 'answers.summary:tooLong', 'answers.amount:tooLarge']);
    expect(bad.json().errors[1].message).toBe('Summary: Write at most 50 characters.');
    // Both see the organisation's applications, and who saved last.
    const saved = await grorudB.put(`/api/applications/${id}/answers`, { answers: { summary: 'Sommerjobb for ungdom' }, revision: revision + 1 });
    expect(saved.json()).toMatchObject({ revision: revision + 2, updatedBy: grorudBName });
    const mine = (await grorudA.get('/api/applications')).json().items as { id: string; updatedBy: string }[];
    expect(mine.find((a) => a.id === id)?.updatedBy).toBe(grorudBName);
    // One live application per organisation and call.
    expect((await grorudB.post(`/api/calls/${callId}/applications`, { title: 'Nummer to' })).json().code).toBe('CONFLICT');
  });

  it('refuses a submission one second after the deadline, naming the deadline', async () => {
    const deadline = new Date(t.clock.now().getTime() + HOUR);
    const callId = await openCall({ deadlines: [deadline] });
    const { id, revision } = await draft(grorudA, callId);
    const saved = (await grorudA.put(`/api/applications/${id}/answers`, { answers: fill, revision })).json();
    const start = t.clock.now();
    try {
      t.clock.set(new Date(deadline.getTime() + 1000));
      const late = await grorudA.post(`/api/applications/${id}/submit?lang=en`, { revision: saved.revision });
      expect(errors(late)).toEqual(['deadline:deadlinePassed']);
      expect(late.json().errors[0].values).toEqual([deadline.toISOString()]);
      expect(late.json().errors[0].message).toMatch(/^The deadline .+ has passed/);
      // At the deadline itself it is still in time.
      t.clock.set(deadline);
      const inTime = await grorudA.post(`/api/applications/${id}/submit`, { revision: saved.revision });
      expect(inTime.statusCode, inTime.body).toBe(200);
      expect(inTime.json()).toMatchObject({ status: 'submitted', currentVersion: 1, deadline: { deadline: deadline.toISOString() } });
    } finally {
      t.clock.set(start);
    }
  });

  it('freezes each submission as a version, sends a receipt, and after a return takes version 2 with its differences', async () => {
    const callId = await openCall();
    const { id, revision } = await draft(grorudA, callId);
    const saved = (await grorudA.put(`/api/applications/${id}/answers`, { answers: { summary: 'Sommerjobb' }, revision })).json();
    // Required fields are checked at submission.
    expect(errors(await grorudA.post(`/api/applications/${id}/submit`, { revision: saved.revision }))).toEqual(['answers.amount:required']);
    const full = (await grorudA.put(`/api/applications/${id}/answers`, { answers: { ...fill, plan: 'Første plan' }, revision: saved.revision })).json();

    const submitted = await grorudB.post(`/api/applications/${id}/submit?lang=nn`, { revision: full.revision });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', currentVersion: 1, canEdit: false, versions: [{ version: 1 }] });
    const [receipt] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, grorudBEmail));
    expect(receipt).toMatchObject({ locale: 'nn', template: 'applicationReceipt', subject: 'Kvittering: søknaden «Sommerjobb for ungdom» er motteken' });
    expect(receipt!.textBody).toContain('frå Bydel Grorud');

    // A submitted application is not changed, and its version cannot be changed even in the database.
    expect((await grorudA.put(`/api/applications/${id}/answers`, { answers: fill, revision: submitted.json().revision })).json().code).toBe('STATE_CHANGED');
    await expect(t.db.update(applicationVersions).set({ answers: {} }).where(eq(applicationVersions.applicationId, id))).rejects.toThrow();
    expect((await grorudA.get(`/api/applications/${id}/versions/1`)).json().answers).toEqual({ ...fill, plan: 'Første plan' });

    // Only the secretariat returns it, with a comment.
    expect((await grorudA.post(`/api/applications/${id}/return`, { comment: 'Nei' })).statusCode).toBe(403);
    const returned = await secretariat.post(`/api/applications/${id}/return`, { comment: 'Beskriv planen nærmere.' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'Beskriv planen nærmere.' });
    expect((await grorudA.get(`/api/applications/${id}`)).json()).toMatchObject({ status: 'returned', canEdit: true });
    expect((await secretariat.get(`/api/calls/${callId}/applications`)).json().items).toMatchObject([{ id, status: 'returned' }]);

    const changed = (await grorudA.put(`/api/applications/${id}/answers`, { answers: { ...fill, plan: 'Bedre plan' }, revision: returned.json().revision })).json();
    const again = await grorudA.post(`/api/applications/${id}/submit`, { revision: changed.revision });
    expect(again.json()).toMatchObject({ status: 'submitted', currentVersion: 2, returnComment: null, versions: [{ version: 1 }, { version: 2 }] });
    const diff = await grorudA.get(`/api/applications/${id}/diff?from=1&to=2`);
    expect(diff.json()).toMatchObject({ from: 1, to: 2, changes: [{ fieldKey: 'plan', before: 'Første plan', after: 'Bedre plan' }] });
    expect((await grorudA.get(`/api/applications/${id}/versions/1`)).json().answers.plan).toBe('Første plan');
    expect(errors(await grorudA.get(`/api/applications/${id}/diff?from=1&to=3`))).toEqual(['querystring.to:notFound']);

    const withdrawn = await grorudA.post(`/api/applications/${id}/withdraw`);
    expect(withdrawn.json().status).toBe('withdrawn');
  });

  it("refuses another organisation's applicant on every application route", async () => {
    const callId = await openCall();
    const { id, revision } = await draft(grorudA, callId);
    const upload = multipart({ name: 'budsjett.pdf', content: '%PDF-1.4 budsjett' });
    const attempts = [
      await stovner.get(`/api/applications/${id}`),
      await stovner.get(`/api/applications/${id}/versions/1`),
      await stovner.get(`/api/applications/${id}/diff?from=0&to=1`),
      await stovner.get(`/api/applications/${id}/attachments/${id}`),
      await stovner.patch(`/api/applications/${id}`, { title: 'Kapret', revision }),
      await stovner.put(`/api/applications/${id}/answers`, { answers: fill, revision }),
      await stovner.post(`/api/applications/${id}/submit`, { revision }),
      await stovner.post(`/api/applications/${id}/withdraw`),
      await stovner.post(`/api/applications/${id}/return`, { comment: 'x' }),
      await stovner.request({ method: 'POST', url: `/api/applications/${id}/attachments?field=budget_file`, payload: upload.payload, headers: upload.headers }),
    ];
    expect(attempts.map((r) => r.json().code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect((await stovner.get('/api/applications')).json().items.map((a: { id: string }) => a.id)).not.toContain(id);
    // Naming another organisation as the applicant is refused too.
    expect((await stovner.post(`/api/calls/${callId}/applications`, { title: 'På vegne av', organisationId: alna.id })).statusCode).toBe(403);
    expect((await anon.get(`/api/applications/${id}`)).statusCode).toBe(401);
  });

  it('takes only the kinds of organisation the call names, and an NGO only with a municipal partner', async () => {
    const callId = await openCall({ ngoNeedsMunicipalPartner: true });
    const onlyDistricts = (await secretariat.post(`/api/programmes/${programmeId}/calls`, { title: { nb: 'Bare bydeler' }, eligibleKinds: ['city_district'], form: FORM })).json().id as string;
    await secretariat.put(`/api/calls/${onlyDistricts}/deadlines`, { deadlines: [{ deadline: new Date(t.clock.now().getTime() + HOUR).toISOString(), label: { nb: 'Frist' } }] });
    await secretariat.post(`/api/calls/${onlyDistricts}/open`);
    expect(errors(await ngo.post(`/api/calls/${onlyDistricts}/applications`, { title: 'Leksehjelp' }))).toEqual(['organisationId:notEligible']);

    const { id, revision } = await draft(ngo, callId, { title: 'Leksehjelp' });
    const saved = (await ngo.put(`/api/applications/${id}/answers`, { answers: fill, revision })).json();
    expect(errors(await ngo.post(`/api/applications/${id}/submit`, { revision: saved.revision }))).toEqual(['partnerOrganisationIds:municipalPartnerRequired']);
    const withPartner = (await ngo.patch(`/api/applications/${id}`, { partnerOrganisationIds: [alna.id], revision: saved.revision })).json();
    expect(withPartner.partners).toEqual([{ id: alna.id, name: 'Bydel Alna' }]);
    expect((await ngo.post(`/api/applications/${id}/submit`, { revision: withPartner.revision })).json().status).toBe('submitted');
  });
});

describe('attachments', () => {
  it('takes a file the field accepts, by its content, refuses others and too large ones before storing, and only its own files in the answers', async () => {
    const callId = await openCall();
    const { id, revision } = await draft(grorudA, callId);
    const send = (client: TestClient, name: string, content: Buffer | string, field = 'budget_file') => {
      const body = multipart({ name, content });
      return client.request({ method: 'POST', url: `/api/applications/${id}/attachments?field=${field}&lang=en`, payload: body.payload, headers: body.headers });
    };
    const files = async () => (await t.db.select({ n: count() }).from(storedFiles))[0]!.n;
    const before = await files();
    // A PNG named .pdf is a PNG: refused by its content.
    const png = await send(grorudA, 'budsjett.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    expect(errors(png)).toEqual(['answers.budget_file:fileType']);
    expect(png.json().errors[0].message).toBe('Budget: This type of file cannot be attached here. Accepted file types: pdf.');
    // Announced too large: refused before a byte of it is read (not even its type); found too large while read: nothing kept.
    expect(errors(await send(grorudA, 'stor.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2 * 1024 * 1024, 0x20)])))).toEqual(['answers.budget_file:fileTooLarge']);
    expect(errors(await send(grorudA, 'stor.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024, 0x20)])))).toEqual(['answers.budget_file:fileTooLarge']);
    expect(errors(await send(grorudA, 'x.pdf', '%PDF-1.4', 'summary'))).toEqual(['querystring.field:notAttachmentField']);
    expect(await files()).toBe(before);

    const ok = await send(grorudA, 'Budsjett 2026.pdf', '%PDF-1.4 budsjett');
    expect(ok.statusCode, ok.body).toBe(201);
    const ref = ok.json();
    expect(ref).toMatchObject({ name: 'Budsjett 2026.pdf', type: 'pdf', size: 17 });
    // The answer names the file; what it says of the file is the stored truth.
    const saved = await grorudB.put(`/api/applications/${id}/answers`, { answers: { budget_file: [{ ...ref, size: 1 }] }, revision });
    expect(saved.json().answers.budget_file).toEqual([ref]);
    const download = await grorudB.get(`/api/applications/${id}/attachments/${ref.fileId}`);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body).toBe('%PDF-1.4 budsjett');

    // A file of another application cannot be named.
    const other = await draft(stovner, callId);
    expect(errors(await stovner.put(`/api/applications/${other.id}/answers`, { answers: { budget_file: [ref] }, revision: other.revision }))).toEqual(['answers.budget_file.0.fileId:notUploaded']);
  });
});

describe('hostile input', () => {
  it('refuses NUL bytes, more answers than a form has, and huge bodies, naming the field', async () => {
    const callId = await openCall();
    const { id, revision } = await draft(grorudA, callId);
    expect(errors(await grorudA.put(`/api/applications/${id}/answers`, { answers: { summary: 'a\u0000b' }, revision }))).toEqual(['answers.summary:unstorableText']);
    const many = Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`k${i}`, 'x']));
    expect(errors(await grorudA.put(`/api/applications/${id}/answers`, { answers: many, revision }))).toEqual(['answers:tooManyAnswers']);
    const huge = await grorudA.put(`/api/applications/${id}/answers`, { answers: { plan: 'x'.repeat(2 * 1024 * 1024) }, revision });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect(errors(await grorudA.post(`/api/calls/${callId}/applications`, { title: 'x', partnerOrganisationIds: ['not-a-uuid'] }))).toEqual(['partnerOrganisationIds.0:invalid_format']);
    expect((await grorudA.get(`/api/applications/${id}`)).json()).toMatchObject({ answers: {}, revision });
  });
});
