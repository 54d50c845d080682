import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { reportSchedules } from '../features/reports/reports.table';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';

let t: TestApp;
let anon: TestClient;
let programmeId: string;
beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set(new Date('2026-12-03T12:00:00Z'));
  await loadDemoData(t.db);
  anon = await t.client();
  programmeId = (await anon.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id;
});
afterAll(() => t.close());

describe('demo reports', () => {
  it('loads once', async () => {
    const before = (await t.db.select().from(reportSchedules)).length;
    await loadDemoData(t.db);
    expect((await t.db.select().from(reportSchedules)).length).toBe(before);
  });

  it("gives Grorud's running project approved, returned and late status reports, which its contributor sees", async () => {
    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const overview = (await secretariat.get(`/api/programmes/${programmeId}/report-overview?to=2026-12-31`)).json();
    const rows = overview.items as { project: { id: string; title: { nb: string } }; dueOn: string; state: string; late: boolean }[];
    const grorudRows = rows.filter((r) => r.project.title.nb === 'Språkløft i barnehagene på Grorud');
    expect(grorudRows.map((r) => `${r.dueOn} ${r.state}${r.late ? ' late' : ''}`)).toEqual([
      '2025-09-30 approved',
      '2025-12-31 approved',
      '2026-03-31 approved',
      '2026-06-30 returned late',
      '2026-09-30 due late',
      '2026-12-31 due',
    ]);
    // The projects granted from the 2026 call report on the call's schedule, first at the end of the year.
    expect(rows.filter((r) => r.project.title.nb !== 'Språkløft i barnehagene på Grorud').map((r) => `${r.dueOn} ${r.state}`)).toEqual(['2026-12-31 due', '2026-12-31 due']);
    const grorud = await t.signIn('bidragsyter.grorud@samordna.test', DEMO_PASSWORD);
    const mine = (await grorud.get(`/api/projects/${grorudRows[0]!.project.id}/status-reports`)).json();
    expect(mine.canWrite).toBe(true);
    expect(mine.items[3].report.history.map((h: { kind: string; comment: string | null }) => h.kind)).toEqual(['submitted', 'returned']);
  });

  it("publishes Camhee's completion report with Bydel Sagene's lessons learned, found by the search", async () => {
    const found = (await anon.get(`/api/programmes/${programmeId}/lessons?q=samarbeid`)).json();
    expect(found.items).toHaveLength(1);
    expect(found.items[0].project.title.nb).toMatch(/^Camhee/);
    expect(found.items[0].snippet).toContain('«Samarbeidet»');
    const advice = (await anon.get(`/api/programmes/${programmeId}/lessons?kind=advice`)).json();
    expect(advice.items.map((i: { text: string }) => i.text)).toContain('Tenk utradisjonelt og ta noen sjanser!');
  });
});
