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
    expect(rows[0]).toBe('Title;Owner;Owner’s role;Phase;Funding programme;Funding programme name;Starts;Ends;Currency;Applied;Granted;Spent;Partner countries;Published');
    expect(rows[1]).toBe(`"'=Healthy Children; ""HCHF""";Bydel Sagene;Coordinator;Running;Own budget;;;;NOK;0;250000;0;;No`);
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
    expect(values(1)).toEqual(['Tittel', 'Eier', 'Eierens rolle', 'Fase', 'Finansieringsprogram', 'Programmets navn', 'Start', 'Slutt', 'Valuta', 'Søkt', 'Innvilget', 'Brukt', 'Partnerland', 'Publisert']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('G3').numFmt).toBe('mm-dd-yy');
    expect(values(2)).toEqual(['=Healthy Children; "HCHF"', 'Bydel Sagene', 'Koordinator', 'Gjennomføring', 'Eget budsjett', undefined, undefined, undefined, 'NOK', 0, 250000, 0, undefined, 'Nei']);
    const row3 = values(3);
    expect(row3.slice(0, 1)).toEqual(['Ung i Europa <del 2> & "mer"']);
    expect(row3[6]).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(row3[10]).toBe(500000);
    expect(sheet.rowCount).toBe(3);
  });
});
