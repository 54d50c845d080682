import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildArea, buildGoal, buildOrganisation, buildProgramme, buildProject, buildUser } from '../../testing/factories';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let ownerContributor: TestClient;
let otherContributor: TestClient;
let programmeId: string;
let owner: { id: string; name: string };
let partner: { id: string; name: string };

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db, { isPublished: true });
  programmeId = programme.id;
  owner = await buildOrganisation(t.db, { name: 'Bydel Sagene' });
  partner = await buildOrganisation(t.db, { name: 'Høgskolen i Oslo' });
  const other = await buildOrganisation(t.db, { name: 'Bydel Grorud' });
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  ownerContributor = await t.signIn((await buildUser(t.db, { organisationId: owner.id, roles: [[programmeId, 'contributor']] })).email);
  otherContributor = await t.signIn((await buildUser(t.db, { organisationId: other.id, roles: [[programmeId, 'contributor']] })).email);
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

async function create(body: Record<string, unknown> = {}) {
  const res = await secretariat.post(`/api/programmes/${programmeId}/projects`, {
    title: { nb: 'Camhee', en: 'Camhee' },
    ownerOrganisationId: owner.id,
    ownerRole: 'partner',
    fundingProgramme: 'eu_programme',
    fundingProgrammeName: 'Folkehelseprogrammet',
    currency: 'EUR',
    startsOn: '2007-01-01',
    endsOn: '2009-12-31',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

describe('a project from registration to the public portfolio', () => {
  it('keeps partners, a budget that adds up, milestones and links, and shows the public only what is published', async () => {
    const { id } = await create();
    const goal = await buildGoal(t.db, { programmeId, title: { nb: 'Psykisk helse' } });
    const foreignGoal = await buildGoal(t.db, { programmeId: (await buildProgramme(t.db)).id });
    const area = await buildArea(t.db, { name: 'Sagene' });

    const partners = await secretariat.put(`/api/projects/${id}/partners`, {
      partners: [
        { name: 'University of Lodz', country: 'pl', role: 'coordinator' },
        { organisationId: partner.id, role: 'partner' },
        { role: 'partner' },
      ],
    });
    expect(errors(partners)).toEqual(['partners.2.name:required']);
    const written = await secretariat.put(`/api/projects/${id}/partners`, { partners: [{ name: 'University of Lodz', country: 'pl', role: 'coordinator' }, { organisationId: partner.id, role: 'partner' }] });
    expect(written.json().partners).toMatchObject([{ name: 'University of Lodz', country: 'PL', organisation: null }, { name: 'Høgskolen i Oslo', organisation: { id: partner.id } }]);

    // The granted lines must add up to the granted total; a line is one per year, source and kind, within the period.
    const lines = [
      { year: 2008, source: 'eu_programme', kind: 'granted', amount: 60000 },
      { year: 2009, source: 'eu_programme', kind: 'granted', amount: 30000 },
      { year: 2008, source: 'own_budget', kind: 'spent', amount: 15000 },
    ];
    expect(errors(await secretariat.put(`/api/projects/${id}/budget`, { grantedTotal: 100000, lines }))).toEqual(['grantedTotal:budgetSum']);
    expect(errors(await secretariat.put(`/api/projects/${id}/budget`, { lines: [...lines, { ...lines[0]!, amount: 1 }] }))).toEqual(['lines.3:duplicateLine']);
    expect(errors(await secretariat.put(`/api/projects/${id}/budget`, { lines: [{ ...lines[0]!, year: 2011 }] }))).toEqual(['lines.0.year:outsidePeriod']);
    const budget = await secretariat.put(`/api/projects/${id}/budget`, { grantedTotal: 90000, lines });
    expect(budget.json()).toMatchObject({ grantedTotal: 90000, budget: { applied: 0, granted: 90000, spent: 15000 } });

    await secretariat.put(`/api/projects/${id}/milestones`, { milestones: [{ title: { nb: 'Sluttkonferanse' }, dueOn: '2009-11-15' }] });
    expect(errors(await secretariat.put(`/api/projects/${id}/links`, { goalIds: [foreignGoal.id] }))).toEqual(['goalIds.0:notInProgramme']);
    const linked = await secretariat.put(`/api/projects/${id}/links`, { goalIds: [goal.id], reach: [{ areaId: area.id, targetGroup: { nb: 'ungdom 13–18 år' }, count: 120 }] });
    expect(linked.json()).toMatchObject({ goals: [{ id: goal.id }], reach: [{ area: { id: area.id }, count: 120 }] });

    // Unpublished: outsiders do not find it.
    expect((await anon.get(`/api/projects/${id}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/programmes/${programmeId}/projects`)).json().total).toBe(0);

    // Published with its partners public and its budget internal.
    const published = await secretariat.patch(`/api/projects/${id}`, { isPublished: true, publicFields: ['partners', 'reach'] });
    expect(published.json()).toMatchObject({ isPublished: true, revision: 6 });
    const pub = (await anon.get(`/api/projects/${id}`)).json();
    expect(pub).toMatchObject({ partnerCountries: ['PL'], budget: null, budgetLines: null, milestones: null, grantedTotal: null, canEdit: false, goals: [{ id: goal.id }] });
    expect(pub.partners).toHaveLength(2);
    const list = (await anon.get(`/api/programmes/${programmeId}/projects`)).json();
    expect(list.items.map((p: { id: string; budget: unknown }) => [p.id, p.budget])).toEqual([[id, null]]);
    expect(list.totals).toEqual([{ currency: 'EUR', projects: 1, applied: 0, granted: 0, spent: 0 }]);
  });
});

describe('who changes a project', () => {
  it('the secretariat and the owner’s contributors; only the secretariat publishes or deletes', async () => {
    const { id } = await create({ title: { nb: 'Assist' } });
    const moved = await ownerContributor.patch(`/api/projects/${id}`, { phase: 'running', summary: { nb: 'Opplæring for assistenter.' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ phase: 'running', canEdit: true, canManage: false });
    expect((await ownerContributor.patch(`/api/projects/${id}`, { isPublished: true })).json().code).toBe('FORBIDDEN');
    expect((await ownerContributor.delete(`/api/projects/${id}`)).statusCode).toBe(403);
    expect((await otherContributor.patch(`/api/projects/${id}`, { phase: 'closed' })).statusCode).toBe(403);
    expect((await otherContributor.get(`/api/projects/${id}`)).json().canEdit).toBe(false);
    expect(errors(await secretariat.patch(`/api/projects/${id}`, { endsOn: '2006-01-01' }))).toEqual(['endsOn:periodOrder']);
    expect((await secretariat.delete(`/api/projects/${id}`)).statusCode).toBe(200);
    expect((await secretariat.get(`/api/projects/${id}`)).statusCode).toBe(404);
  });
});

describe('the portfolio table', () => {
  it('filters by phase, year, organisation and goal, sums per currency, and exports the same rows as CSV', async () => {
    const programme = await buildProgramme(t.db, { isPublished: true });
    const boss = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
    const goal = await buildGoal(t.db, { programmeId: programme.id });
    const make = async (title: string, o: Record<string, unknown>, granted: number, currency = 'NOK') => {
      const p = await buildProject(t.db, { programmeId: programme.id, ownerOrganisationId: owner.id, title: { nb: title }, currency: currency as 'NOK', ...o });
      await boss.put(`/api/projects/${p.id}/budget`, { lines: [{ year: 2026, source: 'state_grant', kind: 'granted', amount: granted }] });
      return p.id;
    };
    const a = await make('Ung i Europa', { phase: 'running', startsOn: '2025-01-01', endsOn: '2026-12-31' }, 500000);
    const b = await make('Jenter, vold og trusler', { phase: 'closed', startsOn: '2008-01-01', endsOn: '2009-06-30' }, 0, 'EUR');
    const c = await make('=Healthy Children; "HCHF"', { phase: 'running', startsOn: null, endsOn: null }, 250000);
    await boss.put(`/api/projects/${b}/partners`, { partners: [{ organisationId: partner.id, role: 'partner' }] });
    await boss.put(`/api/projects/${c}/links`, { goalIds: [goal.id] });

    const ids = async (query: string) => ((await boss.get(`/api/programmes/${programme.id}/projects?sort=title&${query}`)).json().items as { id: string }[]).map((p) => p.id);
    expect(await ids('phase=running')).toEqual([c, a]);
    expect(await ids('phase=running,closed&year=2008')).toEqual([c, b]);
    expect(await ids(`organisationId=${partner.id}`)).toEqual([b]);
    expect(await ids(`goalId=${goal.id}`)).toEqual([c]);
    expect(await ids('q=vold')).toEqual([b]);
    expect(await ids('q=%25')).toEqual([]);
    const all = (await boss.get(`/api/programmes/${programme.id}/projects?phase=running,closed`)).json();
    expect(all.totals).toEqual([
      { currency: 'NOK', projects: 2, applied: 0, granted: 750000, spent: 0 },
      { currency: 'EUR', projects: 1, applied: 0, granted: 0, spent: 0 },
    ]);
    expect(errors(await boss.get(`/api/programmes/${programme.id}/projects?phase=done`))).toEqual(['querystring.phase.0:invalid_value']);

    const csv = await boss.get(`/api/programmes/${programme.id}/projects.csv?sort=title&phase=running&lang=en`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = csv.body.replace(/^\ufeff/, '').split('\r\n');
    expect(rows[0]).toBe('Title;Owner;Owner’s role;Phase;RAG status;Funding programme;Funding programme name;Starts;Ends;Currency;Applied;Granted;Spent;Partner countries;Published');
    expect(rows[1]).toBe(`"'=Healthy Children; ""HCHF""";Bydel Sagene;Coordinator;Running;No report;Own budget;;;;NOK;0;250000;0;;No`);
    expect(rows).toHaveLength(4);

    // The same rows as a spreadsheet, read back by an independent reader cell by cell.
    await boss.patch(`/api/projects/${a}`, { title: { nb: 'Ung i Europa\u0007 <del 2> & "mer"' } });
    const xlsx = await boss.get(`/api/programmes/${programme.id}/projects.xlsx?sort=title&phase=running`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Prosjektportefølje');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Tittel', 'Eier', 'Eierens rolle', 'Fase', 'Status (RAG)', 'Finansieringsprogram', 'Programmets navn', 'Start', 'Slutt', 'Valuta', 'Søkt', 'Innvilget', 'Brukt', 'Partnerland', 'Publisert']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('H3').numFmt).toBe('mm-dd-yy');
    expect(values(2)).toEqual(['=Healthy Children; "HCHF"', 'Bydel Sagene', 'Koordinator', 'Gjennomføring', 'Ingen rapport', 'Eget budsjett', undefined, undefined, undefined, 'NOK', 0, 250000, 0, undefined, 'Nei']);
    const row3 = values(3);
    expect(row3.slice(0, 1)).toEqual(['Ung i Europa <del 2> & "mer"']);
    expect(row3[7]).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(row3[11]).toBe(500000);
    expect(sheet.rowCount).toBe(3);
  });
});

describe('the portfolio by RAG', () => {
  it("filters by the RAG of each project's latest submitted or approved status report, or none, and exports it", async () => {
    const programme = await buildProgramme(t.db, { isPublished: true });
    const boss = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
    const make = (title: string) =>
      buildProject(t.db, { programmeId: programme.id, ownerOrganisationId: owner.id, title: { nb: title }, phase: 'running', startsOn: '2026-01-01', endsOn: '2027-12-31', publishedAt: new Date() });
    const dueDates = ['2026-03-31', '2026-06-30', '2026-09-30'];
    /** A status report through the API: written with its RAG, then moved (submitted, approved, returned). */
    const report = async (projectId: string, dueOn: string, rag: string, moves: ('submit' | 'approve' | 'return')[]) => {
      const saved = await boss.put(`/api/projects/${projectId}/status-reports/${dueOn}`, { rag, narrative: 'Som planlagt.' });
      expect(saved.statusCode, saved.body).toBe(200);
      let r = saved.json() as { id: string; revision: number };
      for (const move of moves) {
        const res = await boss.post(`/api/status-reports/${r.id}/${move}`, { revision: r.revision, ...(move === 'return' ? { comment: 'Mer om risiko.' } : {}) });
        expect(res.statusCode, res.body).toBe(200);
        r = res.json();
      }
    };
    const projects = { latestSubmitted: await make('A Leselyst'), returned: await make('B Camhee'), older: await make('C Assist'), noReport: await make('D Ung i Europa') };
    for (const p of Object.values(projects)) {
      expect((await boss.post(`/api/programmes/${programme.id}/report-schedules`, { projectId: p.id, dueDates })).statusCode).toBe(201);
    }
    // The latest submitted one counts over an older approved one; a later draft does not.
    await report(projects.latestSubmitted.id, '2026-03-31', 'red', ['submit', 'approve']);
    await report(projects.latestSubmitted.id, '2026-06-30', 'green', ['submit']);
    await report(projects.latestSubmitted.id, '2026-09-30', 'amber', []);
    // A returned report does not count: the project has none.
    await report(projects.returned.id, '2026-03-31', 'red', ['submit', 'return']);
    // An approved report counts while a later one is returned.
    await report(projects.older.id, '2026-03-31', 'amber', ['submit', 'approve']);
    await report(projects.older.id, '2026-06-30', 'red', ['submit', 'return']);

    const list = async (client: TestClient, query: string) =>
      (await client.get(`/api/programmes/${programme.id}/projects?sort=title&${query}`)).json() as { items: { id: string; rag: string | null }[]; total: number };
    expect((await list(boss, '')).items.map((p) => p.rag)).toEqual(['green', null, 'amber', null]);
    const ids = async (query: string) => (await list(boss, query)).items.map((p) => p.id);
    expect(await ids('rag=green')).toEqual([projects.latestSubmitted.id]);
    expect(await ids('rag=amber')).toEqual([projects.older.id]);
    expect(await ids('rag=red')).toEqual([]);
    expect(await ids('rag=none')).toEqual([projects.returned.id, projects.noReport.id]);
    expect(await ids('rag=green,none')).toEqual([projects.latestSubmitted.id, projects.returned.id, projects.noReport.id]);
    expect((await list(boss, 'rag=amber,none')).total).toBe(3);
    expect(errors(await boss.get(`/api/programmes/${programme.id}/projects?rag=blue`))).toEqual(['querystring.rag.0:invalid_value']);

    // Status reports are internal: the public sees no RAG and may not filter by it.
    expect((await list(anon, '')).items.map((p) => p.rag)).toEqual([null, null, null, null]);
    expect((await anon.get(`/api/programmes/${programme.id}/projects?rag=none`)).statusCode).toBe(403);
    expect((await anon.get(`/api/programmes/${programme.id}/projects.csv?rag=none`)).statusCode).toBe(403);
    expect((await anon.get(`/api/programmes/${programme.id}/projects.csv?sort=title&lang=en`)).body).not.toContain('RAG');

    // The exports carry the RAG in words, filtered alike.
    const csv = (await boss.get(`/api/programmes/${programme.id}/projects.csv?sort=title&rag=green,amber&lang=nn`)).body.replace(/^\ufeff/, '').split('\r\n');
    expect(csv.map((r) => r.split(';').slice(0, 5).join(';'))).toEqual([
      'Tittel;Eigar;Rolla til eigaren;Fase;Status (RAG)',
      'A Leselyst;Bydel Sagene;Koordinator;Gjennomføring;Grøn',
      'C Assist;Bydel Sagene;Koordinator;Gjennomføring;Gul',
      '',
    ]);
    const xlsx = await boss.get(`/api/programmes/${programme.id}/projects.xlsx?sort=title&lang=en`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('E1').value).toBe('RAG status');
    expect([2, 3, 4, 5].map((r) => [sheet.getCell(`A${r}`).value, sheet.getCell(`E${r}`).value])).toEqual([
      ['A Leselyst', 'Green'],
      ['B Camhee', 'No report'],
      ['C Assist', 'Amber'],
      ['D Ung i Europa', 'No report'],
    ]);
  });
});
