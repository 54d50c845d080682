import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { calls } from '../features/calls/calls.table';
import { projects } from '../features/portfolio/projects.table';
import { programmes } from '../features/programmes/programmes.table';
import { users } from '../features/users/users.table';
import { completionReports, reportEvents, reportLessons, reportReminders, reportSchedules, statusReports, type RiskEntry } from '../features/reports/reports.table';
import type { LessonKind, RagStatus, StoredReportState } from '../../shared/domain/reports';

/**
 * Bydel Sagene's lessons learned from its international projects, as its department of children
 * and youth wrote them down (seed 004: "Er vi en del av verden?" and "Erfaringer så langt"), as
 * the completion report of Camhee, the first of them to close.
 */
export const SAGENE_LESSONS: { kind: LessonKind; text: string }[] = [
  { kind: 'worked', text: 'Deltakelse i internasjonale prosjekter gir mulighet for å møte andre som arbeider med det samme.' },
  { kind: 'worked', text: 'Møtet med andre mennesker utvider perspektivet, og ny kunnskap bidrar til ny refleksjon.' },
  { kind: 'worked', text: 'Samarbeidet med Osloregionens Europakontor og Internasjonalt kontor hjelper oss med valg av program.' },
  { kind: 'worked', text: 'Vi vurderer partnersøk ut fra hvordan prosjektet kan involvere ansatte tverrfaglig og på ulike nivåer – ulik kompetanse bidrar ulikt.' },
  { kind: 'did_not_work', text: 'Prosjektarbeid blir ikke alltid som planlagt – men det gir god og nyttig erfaring.' },
  { kind: 'did_not_work', text: 'Ikke alt fungerer som vi er vant til, og det må vi tåle.' },
  { kind: 'advice', text: 'Internasjonale aktiviteter krever langsiktig tenkning og engasjement!' },
  { kind: 'advice', text: 'Tenk igjennom hvem som skal involveres – fordel godene!' },
  { kind: 'advice', text: 'Ta med ansatte på enkeltoppgaver selv om veien ikke er helt «klar».' },
  { kind: 'advice', text: 'Gi ansatte mulighet for å løfte blikket fra drift – legg til rette for at deltakelse er mulig.' },
  { kind: 'advice', text: 'Tenk utradisjonelt og ta noen sjanser!' },
];

interface DemoReport {
  dueOn: string;
  state: StoredReportState;
  rag: RagStatus;
  narrative: string;
  spentToDate: number;
  risks: RiskEntry[];
  /** The secretariat's comment when it returned the report. */
  returned?: string;
}

const LANGUAGE_RISK: RiskEntry = { description: 'Sykefravær blant språkveilederne forsinker veiledningen', likelihood: 'medium', impact: 'high', mitigation: 'Felles vikarpool med Bydel Alna' };

/** Grorud's quarterly reports on its language project: two approved, one returned, the next late. */
const GRORUD_REPORTS: DemoReport[] = [
  { dueOn: '2025-09-30', state: 'approved', rag: 'green', narrative: 'Oppstart i alle 24 barnehager. Språkveilederne er på plass.', spentToDate: 120_000, risks: [] },
  { dueOn: '2025-12-31', state: 'approved', rag: 'green', narrative: 'Kartleggingen er gjennomført i alle barnehager (milepælen nådd 12. desember).', spentToDate: 410_000, risks: [LANGUAGE_RISK] },
  { dueOn: '2026-03-31', state: 'approved', rag: 'amber', narrative: 'Veiledningen er i gang, men to barnehager har startet senere enn planlagt.', spentToDate: 520_000, risks: [LANGUAGE_RISK] },
  {
    dueOn: '2026-06-30',
    state: 'returned',
    rag: 'amber',
    narrative: 'Veiledning i 22 av 24 barnehager. Foreldremøter om språk holdt i alle barnehager.',
    spentToDate: 640_000,
    risks: [LANGUAGE_RISK],
    returned: 'Forbruket avviker fra budsjettet for 2026 – forklar avviket før rapporten godkjennes.',
  },
];

/** Report schedules, status reports and Camhee's completion report in Oslo's sub-programme. */
export async function loadDemoReports(tx: Tx): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  if ((await tx.select({ id: reportSchedules.id }).from(reportSchedules).where(eq(reportSchedules.programmeId, oslo.id)).limit(1)).length) return 0;
  const project = async (title: string) => (await tx.select().from(projects).where(and(eq(projects.programmeId, oslo.id), sql`${projects.title}->>'nb' like ${`${title}%`}`)))[0];
  const userId = async (email: string) => (await tx.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? null;
  const secretariat = await userId('sekretariat.oppvekst@samordna.test');
  const grorudContributor = await userId('bidragsyter.grorud@samordna.test');
  const sagene = await userId('bidragsyter.sagene@samordna.test');

  const grorud = await project('Språkløft i barnehagene');
  if (grorud) {
    await tx.insert(reportSchedules).values({ programmeId: oslo.id, projectId: grorud.id, firstDueOn: '2025-09-30', intervalMonths: 3, remindDaysBefore: 14, remindDaysAfter: 7 });
    for (const r of GRORUD_REPORTS) {
      const submittedAt = new Date(`${r.dueOn}T10:00:00Z`);
      const decidedAt = new Date(submittedAt.getTime() + 5 * 86_400_000);
      const [row] = await tx
        .insert(statusReports)
        .values({ projectId: grorud.id, dueOn: r.dueOn, state: r.state, rag: r.rag, narrative: r.narrative, spentToDate: r.spentToDate, currency: grorud.currency, risks: r.risks, submittedAt, decidedAt, revision: 3 })
        .returning({ id: statusReports.id });
      const content = { rag: r.rag, narrative: r.narrative, spentToDate: r.spentToDate, currency: grorud.currency, risks: r.risks };
      await tx.insert(reportEvents).values([
        { statusReportId: row!.id, kind: 'submitted', content, byUserId: grorudContributor, at: submittedAt },
        { statusReportId: row!.id, kind: r.returned ? 'returned' : 'approved', comment: r.returned ?? null, byUserId: secretariat, at: decidedAt },
      ]);
    }
    // The report due on 30 September 2026 was never begun: both its reminders went out.
    await tx.insert(reportReminders).values([
      { projectId: grorud.id, dueOn: '2026-09-30', kind: 'before', recipients: 1, sentAt: new Date('2026-09-16T06:15:00Z') },
      { projectId: grorud.id, dueOn: '2026-09-30', kind: 'after', recipients: 1, sentAt: new Date('2026-10-07T06:15:00Z') },
    ]);
  }

  // Every project granted from the 2026 call reports twice a year.
  const [call] = await tx.select({ id: calls.id }).from(calls).where(eq(calls.programmeId, oslo.id)).limit(1);
  if (call) await tx.insert(reportSchedules).values({ programmeId: oslo.id, callId: call.id, firstDueOn: '2026-12-31', intervalMonths: 6 });

  const camhee = await project('Camhee');
  if (camhee) {
    const submittedAt = new Date('2009-12-10T10:00:00Z');
    const approvedAt = new Date('2010-01-12T10:00:00Z');
    const [report] = await tx
      .insert(completionReports)
      .values({
        projectId: camhee.id,
        state: 'approved',
        results: 'Camhee kartla psykisk helsevern for barn og unge i et utvidet EU og utviklet gode metoder for arbeidet. Bydel Sagene bidro med erfaringene fra tverrfaglig arbeid i bydelen, og ansatte på ulike nivåer tok del i utvekslingen.',
        submittedAt,
        approvedAt,
        revision: 3,
      })
      .returning({ id: completionReports.id });
    await tx.insert(reportLessons).values(SAGENE_LESSONS.map((l, i) => ({ completionReportId: report!.id, kind: l.kind, text: l.text, position: i + 1 })));
    await tx.insert(reportEvents).values([
      { completionReportId: report!.id, kind: 'submitted', byUserId: sagene, at: submittedAt },
      { completionReportId: report!.id, kind: 'approved', byUserId: secretariat, at: approvedAt },
    ]);
    await tx.update(projects).set({ publicFields: sql`array_append(${projects.publicFields}, 'lessons')` }).where(and(eq(projects.id, camhee.id), sql`not ('lessons' = any(${projects.publicFields}))`));
  }
  return GRORUD_REPORTS.length;
}
