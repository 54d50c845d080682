import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildEvent, buildOrganisation, buildProgramme, buildProject, buildUser } from '../../testing/factories';
import { documentFixture, uploadVersion, waitForExtraction } from '../../testing/documents';
import { HIT_END, HIT_START } from '../../../shared/domain/documents';

let t: TestApp;
let secretariat: TestClient;
let contributor: TestClient;
let anonymous: TestClient;
let programmeId: string;
let slug: string;

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db);
  programmeId = programme.id;
  slug = programme.slug;
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  contributor = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'contributor']] })).email);
  anonymous = await t.client();
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);
const meta = (o: Record<string, unknown> = {}) => ({ type: 'report', title: 'Årsrapport', description: 'Om tiltakene for barn og unge.', date: '2026-03-01', language: 'nb', ...o });

async function createWithFile(o: Record<string, unknown>, file: [string, Buffer | string]) {
  const created = await secretariat.post(`/api/programmes/${programmeId}/documents`, meta(o));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const uploaded = await uploadVersion(secretariat, id, ...file);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  return { id, doc: await waitForExtraction(secretariat, id) };
}

const publicSearch = (q: string, extra = '') => anonymous.get(`/api/documents/search?programme=${slug}&q=${encodeURIComponent(q)}${extra}`);

describe('document archive', () => {
  it('reads the text of a PDF and finds it with Norwegian stemming once published, with a marked snippet', async () => {
    const { id, doc } = await createWithFile({ title: 'Rapport fra bydelene' }, ['rapport.pdf', documentFixture('rapport-skoler.pdf')]);
    expect(doc.versions).toMatchObject([{ version: 1, contentType: 'application/pdf', extraction: { status: 'done', error: null } }]);
    // A draft is for the programme: its people find it, the public does not.
    const internal = (await contributor.get(`/api/programmes/${programmeId}/documents?q=skolen`)).json();
    expect(internal.items.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await publicSearch('skolen')).json().items).toEqual([]);
    expect((await anonymous.get(`/api/documents/${id}`)).statusCode).toBe(404);

    const published = await secretariat.patch(`/api/documents/${id}`, { visibility: 'public', revision: doc.revision });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ visibility: 'public', publishedAt: expect.any(String) });
    // "skolen" (the school) finds the text's "skoler" (schools) and "Skolene": the same stem.
    const found = (await publicSearch('skolen')).json();
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ id, title: 'Rapport fra bydelene', latestVersion: { version: 1, extractionStatus: null } });
    expect(found.items[0].snippet).toContain(`${HIT_START}Skolene${HIT_END}`);
    expect((await publicSearch('helsestasjon samarbeid')).json().items.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await publicSearch('barnevernet')).json().items).toEqual([]);
    // The public reads it, without the extraction status.
    const read = (await anonymous.get(`/api/documents/${id}`)).json();
    expect(read).toMatchObject({ canManage: false, versions: [{ extraction: null }] });
  });

  it('searches other languages word for word, filters by type, year and language, and ranks titles first', async () => {
    const en = await createWithFile({ title: 'Schools report', language: 'en', type: 'presentation', date: '2025-05-01' }, ['en.docx', documentFixture('handlingsprogram.docx')]);
    await secretariat.patch(`/api/documents/${en.id}`, { visibility: 'public', revision: en.doc.revision });
    const nb = await createWithFile({ title: 'Utenforskap i skolene', type: 'action_programme', date: '2026-02-01' }, ['hp.docx', documentFixture('handlingsprogram.docx')]);
    expect(nb.doc.versions[0]!.extraction).toMatchObject({ status: 'done' });
    await secretariat.patch(`/api/documents/${nb.id}`, { visibility: 'public', revision: nb.doc.revision });

    const ids = async (q: string, extra = '') => (await publicSearch(q, extra)).json().items.map((d: { id: string }) => d.id);
    // The DOCX text ("Barnehagene og skolene …", "& rapporterer … <til> bystyret") is searched.
    expect(await ids('barnehage')).toContain(nb.id);
    expect(await ids('utenforskap', '&type=action_programme')).toEqual([nb.id]);
    expect(await ids('utenforskap', '&type=report')).toEqual([]);
    expect(await ids('utenforskap', '&year=2025')).toEqual([en.id]);
    expect(await ids('utenforskap', '&language=en')).toEqual([en.id]);
    // In the title (nb) ranks above in the text only (en).
    expect((await ids('utenforskap')).slice(0, 2)).toEqual([nb.id, en.id]);
    // English is not stemmed: "school" does not find "Schools".
    expect(await ids('school', '&language=en')).toEqual([]);
    expect(await ids('schools', '&language=en')).toEqual([en.id]);
    const years = (await publicSearch('')).json().years as number[];
    expect(years).toEqual(expect.arrayContaining([2026, 2025]));
    // Nothing in the snippet is HTML: text stays plain text ("&", not "&amp;"; the tag-like
    // "<til>" is left out by ts_headline), hits are the markers, never <b>.
    const snippet = (await publicSearch('bystyret')).json().items.find((d: { id: string }) => d.id === nb.id).snippet as string;
    expect(snippet).toContain('tiltakene & rapporterer');
    expect(snippet).not.toMatch(/<b>|&amp;/);
    expect(snippet).toContain(`${HIT_START}bystyret${HIT_END}`);
  });

  it('keeps every version downloadable, served as an attachment with the sniffed type', async () => {
    const { id } = await createWithFile({ title: 'Mandat for styret', type: 'mandate' }, ['mandat første.pdf', documentFixture('rapport-skoler.pdf')]);
    const second = await uploadVersion(secretariat, id, 'mandat.odt', documentFixture('referat.odt'));
    expect(second.statusCode, second.body).toBe(201);
    const doc = await waitForExtraction(secretariat, id);
    expect(doc.versions.map((v) => [v.version, v.contentType, v.extraction?.status])).toEqual([
      [2, 'application/vnd.oasis.opendocument.text', 'done'],
      [1, 'application/pdf', 'done'],
    ]);
    // The newest version's text is the document's: the ODT's words are found, the PDF's no longer.
    const list = async (q: string) => (await secretariat.get(`/api/programmes/${programmeId}/documents?q=${q}`)).json().items.map((d: { id: string }) => d.id);
    expect(await list('ungdomsklubbene')).toContain(id);
    expect(await list('helsestasjonene')).not.toContain(id);
    const first = await secretariat.get(`/api/document-versions/${doc.versions[1]!.id}/file`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['content-disposition']).toBe(`attachment; filename="mandat f_rste.pdf"; filename*=UTF-8''mandat%20f%C3%B8rste.pdf`);
    expect(first.rawPayload.equals(documentFixture('rapport-skoler.pdf'))).toBe(true);
    // An image is kept, its text not read.
    const png = await uploadVersion(secretariat, id, 'bilde.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]));
    expect(png.json().versions[0]).toMatchObject({ version: 3, contentType: 'image/png', extraction: { status: 'skipped' } });
  });

  it('refuses a file by its content, not its name, and one larger than the limit', async () => {
    const id = (await secretariat.post(`/api/programmes/${programmeId}/documents`, meta())).json().id as string;
    expect(errors(await uploadVersion(secretariat, id, 'rapport.pdf', '<!doctype html><script>alert(1)</script>'))).toEqual(['file:documentFileType']);
    // A zip that is no office file, and an XLSX named .docx (it is taken as what it is).
    const { zipSync, strToU8 } = await import('fflate');
    expect(errors(await uploadVersion(secretariat, id, 'a.docx', Buffer.from(zipSync({ 'a.txt': strToU8('hei') }))))).toEqual(['file:documentFileType']);
    const xlsx = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
    expect((await uploadVersion(secretariat, id, 'a.docx', xlsx)).json().versions[0]).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(errors(await uploadVersion(secretariat, id, 'tom.pdf', ''))).toEqual(['file:fileEmpty']);
    const small = await buildTestApp({ DOCUMENT_UPLOAD_LIMIT_MB: '1' });
    try {
      const programme = await buildProgramme(small.db);
      const client = await small.signIn((await buildUser(small.db, { roles: [[programme.id, 'secretariat']] })).email);
      const doc = (await client.post(`/api/programmes/${programme.id}/documents`, meta())).json().id as string;
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      expect(errors(await uploadVersion(client, doc, 'stor.pdf', big))).toEqual(['file:fileTooLarge']);
      expect((await client.get(`/api/documents/${doc}`)).json().versions).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('never shows an exempt document outside the programme, and needs its legal basis', async () => {
    const { id, doc } = await createWithFile({ title: 'Sak om enkeltelev', type: 'case_paper' }, ['sak.pdf', documentFixture('rapport-skoler.pdf')]);
    expect(errors(await secretariat.patch(`/api/documents/${id}`, { visibility: 'exempt', revision: doc.revision }))).toEqual(['exemptionBasis:required']);
    const exempt = await secretariat.patch(`/api/documents/${id}`, { visibility: 'exempt', exemptionBasis: 'Offl. § 13, jf. fvl. § 13', revision: doc.revision });
    expect(exempt.json()).toMatchObject({ visibility: 'exempt', exemptionBasis: 'Offl. § 13, jf. fvl. § 13' });
    expect((await publicSearch('enkeltelev')).json().items).toEqual([]);
    expect((await anonymous.get(`/api/documents/search?q=enkeltelev`)).json().items).toEqual([]);
    expect((await anonymous.get(`/api/documents/${id}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/document-versions/${doc.versions[0]!.id}/file`)).statusCode).toBe(404);
    // Even a signed-in user of the programme searches the public archive without it; the admin list has it.
    expect((await contributor.get(`/api/documents/search?programme=${slug}&q=enkeltelev`)).json().items).toEqual([]);
    expect((await contributor.get(`/api/programmes/${programmeId}/documents?q=enkeltelev`)).json().items.map((d: { visibility: string }) => d.visibility)).toEqual(['exempt']);
    expect((await contributor.get(`/api/documents/${id}`)).json()).toMatchObject({ exemptionBasis: 'Offl. § 13, jf. fvl. § 13', canManage: false });
  });

  it('links to a record of its own programme only, and is managed by the secretariat alone', async () => {
    const org = await buildOrganisation(t.db);
    const own = await buildProject(t.db, { programmeId, ownerOrganisationId: org.id });
    const other = await buildProject(t.db, { programmeId: (await buildProgramme(t.db)).id, ownerOrganisationId: org.id });
    const linked = await secretariat.post(`/api/programmes/${programmeId}/documents`, meta({ link: { kind: 'project', id: own.id } }));
    expect(linked.json()).toMatchObject({ link: { kind: 'project', id: own.id } });
    expect(errors(await secretariat.post(`/api/programmes/${programmeId}/documents`, meta({ link: { kind: 'project', id: other.id } })))).toEqual(['link.id:notFound']);
    expect(errors(await secretariat.post(`/api/programmes/${programmeId}/documents`, meta({ link: { kind: 'meeting', id: own.id } })))).toEqual(['link.id:notFound']);
    // An event's slides belong to the event, found by it; another programme's event is refused.
    const event = await buildEvent(t.db, { programmeId });
    const otherEvent = await buildEvent(t.db, { programmeId: (await buildProgramme(t.db)).id });
    const slides = await secretariat.post(`/api/programmes/${programmeId}/documents`, meta({ type: 'presentation', link: { kind: 'event', id: event.id } }));
    expect(slides.json()).toMatchObject({ link: { kind: 'event', id: event.id } });
    expect(errors(await secretariat.post(`/api/programmes/${programmeId}/documents`, meta({ link: { kind: 'event', id: otherEvent.id } })))).toEqual(['link.id:notFound']);
    const ofEvent = (await secretariat.get(`/api/programmes/${programmeId}/documents?linkKind=event&linkId=${event.id}`)).json();
    expect(ofEvent.items.map((d: { id: string }) => d.id)).toEqual([slides.json().id]);
    expect(errors(await secretariat.post(`/api/programmes/${programmeId}/documents`, meta({ title: ' ', language: 'norsk', type: 'memo' })))?.sort()).toEqual(['language:languageCode', 'title:required', 'type:invalid_value']);
    expect((await contributor.post(`/api/programmes/${programmeId}/documents`, meta())).statusCode).toBe(403);
    const id = linked.json().id as string;
    expect((await contributor.patch(`/api/documents/${id}`, { title: 'Nei', revision: 1 })).statusCode).toBe(403);
    expect(errors(await secretariat.patch(`/api/documents/${id}`, { visibility: 'public', revision: 1 }))).toEqual(['visibility:documentWithoutFile']);
    expect((await secretariat.patch(`/api/documents/${id}`, { title: 'Gammel', revision: 7 })).json().code).toBe('STATE_CHANGED');
    const outsider = await t.signIn((await buildUser(t.db, { roles: [[(await buildProgramme(t.db)).id, 'secretariat']] })).email);
    expect((await outsider.get(`/api/programmes/${programmeId}/documents`)).statusCode).toBe(403);
    expect((await secretariat.delete(`/api/documents/${id}`)).statusCode).toBe(200);
    expect((await secretariat.get(`/api/documents/${id}`)).statusCode).toBe(404);
  });
});
