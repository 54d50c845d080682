import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildAgendaItem, buildBody, buildCase, buildMeeting, buildProgramme, buildUser } from '../../testing/factories';
import { multipart } from '../../testing/imports';
import { storedFiles } from '../../files/files.table';
import { ATTACHMENT_LIMIT, ATTACHMENT_PURPOSE } from './attachments.service';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db)).id;
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const attach = (caseId: string, name: string, content: Buffer | string) => {
  const body = multipart({ name, content });
  return secretariat.request({ method: 'POST', url: `/api/cases/${caseId}/attachments`, payload: body.payload, headers: body.headers });
};
const keptFiles = async () => (await t.db.select().from(storedFiles).where(eq(storedFiles.purpose, ATTACHMENT_PURPOSE))).length;

async function caseOnAgenda(isExempt = false) {
  const body = await buildBody(t.db, { programmeId });
  const meeting = await buildMeeting(t.db, { bodyId: body.id });
  const c = await buildCase(t.db, { programmeId, bodyId: body.id, isExempt, exemptionBasis: isExempt ? 'offl. § 13' : null });
  await buildAgendaItem(t.db, { meetingId: meeting.id, caseId: c.id, bodyId: body.id, numberSeq: 1 });
  return { meeting, c };
}

describe('case attachments', () => {
  it('keeps a PDF, shows it on the case, and serves it to the public once the agenda is published', async () => {
    const { meeting, c } = await caseOnAgenda();
    const res = await attach(c.id, 'Saksframlegg – økonomi.pdf', PDF);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Saksframlegg – økonomi.pdf', contentType: 'application/pdf', size: PDF.length });
    const url = `/api/case-attachments/${res.json().id}/file`;
    expect((await secretariat.get(`/api/cases/${c.id}`)).json().attachments.map((a: { id: string }) => a.id)).toEqual([res.json().id]);

    expect((await anon.get(url)).statusCode).toBe(404);
    await secretariat.post(`/api/meetings/${meeting.id}/notice`);
    const file = await anon.get(url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Saksframlegg%20%E2%80%93%20%C3%B8konomi.pdf");
    expect(file.rawPayload.equals(PDF)).toBe(true);

    expect((await secretariat.delete(`/api/case-attachments/${res.json().id}`)).statusCode).toBe(200);
    expect((await anon.get(url)).statusCode).toBe(404);
  });

  it('refuses a file that is not what its name says, and keeps nothing of it', async () => {
    const { c } = await caseOnAgenda();
    const before = await keptFiles();
    const res = await attach(c.id, 'rapport.pdf', '<html><script>alert(1)</script></html>');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toMatchObject([{ path: 'file', code: 'fileType' }]);
    expect(await keptFiles()).toBe(before);
    // A zip archive is taken only as the Office or OpenDocument file its name says.
    expect((await attach(c.id, 'arkiv.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).statusCode).toBe(400);
    expect((await attach(c.id, 'budsjett.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).json().contentType).toContain('spreadsheetml');
  });

  it('refuses a file over the limit with 413', async () => {
    const { c } = await caseOnAgenda();
    const before = await keptFiles();
    const big = Buffer.concat([PDF, Buffer.alloc(ATTACHMENT_LIMIT + 1)]);
    expect((await attach(c.id, 'stor.pdf', big)).statusCode).toBe(413);
    expect(await keptFiles()).toBe(before);
  });

  it("never serves an exempt case's attachments to the public", async () => {
    const { meeting, c } = await caseOnAgenda(true);
    const res = await attach(c.id, 'fortrolig.pdf', PDF);
    await secretariat.post(`/api/meetings/${meeting.id}/notice`);
    expect((await anon.get(`/api/case-attachments/${res.json().id}/file`)).statusCode).toBe(404);
    expect((await anon.get(`/api/meetings/${meeting.id}`)).json().items.find((i: { case: { id: string } }) => i.case.id === c.id).case.attachments).toEqual([]);
    expect((await secretariat.get(`/api/case-attachments/${res.json().id}/file`)).statusCode).toBe(200);
  });
});
