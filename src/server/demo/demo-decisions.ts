import { and, eq, inArray, isNotNull, like } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import type { Actor } from '../http/actor';
import { loadActorUser } from '../features/auth/auth.service';
import { applications } from '../features/calls/calls.table';
import { outboxEmails } from '../features/email/email.table';
import { addItem, createCase } from '../features/governance/agenda.service';
import { recordDecision } from '../features/governance/decisions.service';
import { markHeld } from '../features/governance/meetings.service';
import { attendance, bodies, cases, conflicts, effects, meetings, memberships } from '../features/governance/governance.table';
import { organisations } from '../features/organisations/organisations.table';
import { updateProject } from '../features/portfolio/projects.service';
import { projects } from '../features/portfolio/projects.table';
import { programmes } from '../features/programmes/programmes.table';
import { reviews } from '../features/reviews/reviews.table';
import { users } from '../features/users/users.table';
import { CaseCreate, DecisionInput } from '../../shared/contracts/governance-meetings';
import { ProjectUpdate } from '../../shared/contracts/projects';
import { demoCall2026, insertDemoApplication } from './demo-calls';
import { DECIDED_APPLICATIONS, DECISION_MEETING, SECRETARIAT, type DecidedApplication } from './demo-decisions-data';

const DAY = 86_400_000;
const CONFLICT_REASON = 'Søkeren er egen arbeidsgiver (fvl. § 6 annet ledd).';
/** Decision letters are kept in the outbox, never sent: the demo's addresses are fictional. */
const KEPT = { canSend: false, wake: async () => undefined };

/**
 * Decides the applications of the 2026 call the way the operative board does, through the
 * services the API calls to prepare a case, put it on the agenda, hold the meeting and record the
 * decision: the decision effect sets each outcome and creates the projects of the grants (tied to
 * their application and agenda item) in the transaction that records it, and queues the decision
 * letter. The secretariat then starts and publishes the projects through the project service.
 * What comes before (the reviews, the recommendation) and around the meeting (attendance,
 * conflicts of interest, the minutes) is written as the other demo loaders write it. The services
 * stamp the moment they run; each step is then dated to its day in 2026 (the audit trail keeps
 * when the demo was loaded). Loads once: nothing when the call, the operative board or a demo user
 * is missing, or the applications are there already. Returns how many applications it decided.
 */
export async function loadDemoDecisions(tx: Tx, origin: string): Promise<number> {
  const call = await demoCall2026(tx);
  const [oslo] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!call || !oslo) return 0;
  const [board] = await tx.select({ id: bodies.id }).from(bodies).where(and(eq(bodies.programmeId, oslo.id), eq(bodies.kind, 'operative_board')));
  if (!board) return 0;
  const titles = DECIDED_APPLICATIONS.map((a) => a.title);
  if ((await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, call.id), inArray(applications.title, titles))).limit(1)).length) return 0;
  const userRows = await tx.select({ id: users.id, email: users.email }).from(users);
  const userId = (email: string) => userRows.find((u) => u.email === email)?.id ?? null;
  const secretariatId = userId(SECRETARIAT);
  if (!secretariatId || DECIDED_APPLICATIONS.some((a) => a.reviews.some((r) => !userId(r.reviewer)))) return 0;
  // The services take the database and open their own transactions: on this handle those are
  // savepoints in the demo's one transaction, so the demo still loads all or nothing.
  const db = tx as unknown as Db;
  const secretariat: Actor = { user: (await loadActorUser(db, secretariatId))!, requestId: 'demo' };
  const orgRows = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const orgId = (name: string) => orgRows.find((o) => o.name === name)!.id;
  const m = DECISION_MEETING;

  // Filed by the second spring deadline, reviewed, the reviews released and the recommendation made.
  const filed: { a: DecidedApplication; id: string }[] = [];
  for (const a of DECIDED_APPLICATIONS) {
    const id = await insertDemoApplication(tx, call.id, call.deadlines, orgId, a, a.by ? userId(a.by) : null);
    await tx.insert(reviews).values(
      a.reviews.map((r) => ({
        applicationId: id,
        reviewerId: userId(r.reviewer)!,
        assignedBy: secretariatId,
        applicationVersion: a.versions.length,
        status: 'submitted' as const,
        scores: Object.fromEntries(Object.entries(r.scores).map(([key, [score, comment]]) => [key, { score, comment }])),
        recommendation: r.recommendation,
        recommendedAmount: r.amount ?? null,
        comment: r.comment,
        submittedAt: new Date(r.submittedOn),
        revision: 3,
        createdAt: new Date(m.assignedAt),
        updatedAt: new Date(r.submittedOn),
      })),
    );
    const { outcome, amount, text } = a.recommendation;
    // Assigned (in review), then recommended: two changes after the last submission.
    await tx
      .update(applications)
      .set({ status: 'recommended', reviewsReleasedAt: new Date(m.releasedAt), recommendation: outcome, recommendedAmount: amount ?? null, recommendationText: text, recommendedAt: new Date(m.recommendedAt), recommendedBy: secretariatId, revision: a.versions.length + 3 })
      .where(eq(applications.id, id));
    filed.push({ a, id });
  }

  // The meeting, with its notice out: a case for each application, on the agenda.
  const startsAt = new Date(m.startsAt);
  const [meeting] = await tx
    .insert(meetings)
    .values({ bodyId: board.id, startsAt, endsAt: new Date(m.endsAt), place: m.place, status: 'notice_published', noticePublishedAt: new Date(startsAt.getTime() - 8 * DAY) })
    .returning({ id: meetings.id });
  const items: { a: DecidedApplication; applicationId: string; caseId: string; itemId: string }[] = [];
  for (const { a, id } of filed) {
    const decision = { outcome: a.recommendation.outcome, amount: a.recommendation.amount ?? null, conditions: a.conditions ?? null };
    const kase = await createCase(
      db,
      secretariat,
      board.id,
      CaseCreate.parse({
        type: 'decision',
        title: { nb: `Søknad om tilskudd: ${a.title} (${a.organisation})` },
        paper: { nb: a.paper },
        proposedDecision: { nb: a.recommendation.text },
        effects: [{ kind: 'decide_application', targetId: id, decision }],
      }),
    );
    const agenda = await addItem(db, secretariat, meeting!.id, { caseId: kase.id });
    items.push({ a, applicationId: id, caseId: kase.id, itemId: agenda.items.find((i) => i.case.id === kase.id)!.id });
  }

  // Held: every member but the personal deputy came; the applicant district's member left its case.
  const seats = await tx.select().from(memberships).where(eq(memberships.bodyId, board.id));
  await tx.insert(attendance).values(seats.filter((s) => s.role !== 'personal_deputy').map((s) => ({ meetingId: meeting!.id, membershipId: s.id, status: 'present' as const })));
  for (const item of items) {
    const seat = seats.find((s) => s.organisationId === orgId(item.a.organisation) && s.role !== 'personal_deputy');
    if (seat) await tx.insert(conflicts).values({ itemId: item.itemId, membershipId: seat.id, reason: CONFLICT_REASON, ruling: 'disqualified', declaredAt: startsAt });
  }
  await markHeld(db, secretariat, meeting!.id);
  for (const item of items) await recordDecision(db, secretariat, item.itemId, DecisionInput.parse({ outcome: 'adopted' }), { outbox: KEPT, origin });

  // The granted projects under way, and on the programme's site.
  const created = await tx.select({ id: projects.id, applicationId: projects.applicationId }).from(projects).where(inArray(projects.applicationId, filed.map((f) => f.id)));
  for (const p of created) {
    const plan = filed.find((f) => f.id === p.applicationId)!.a.project;
    if (!plan) continue;
    await updateProject(db, secretariat, p.id, ProjectUpdate.parse({ summary: plan.summary, phase: 'running', startsOn: plan.startsOn, endsOn: plan.endsOn, isPublished: true, publicFields: ['partners', 'benefits'] }));
  }

  await dateTheSteps(tx, { meetingId: meeting!.id, items, projectIds: created.map((p) => p.id) });
  return items.length;
}

/**
 * Dates each step the services stamped with the moment the demo was loaded to its day in 2026,
 * and closes the meeting's record: the minutes approved by the chair a week later, published the
 * week after.
 */
async function dateTheSteps(tx: Tx, done: { meetingId: string; items: { applicationId: string; caseId: string; itemId: string }[]; projectIds: string[] }): Promise<void> {
  const m = DECISION_MEETING;
  const startsAt = new Date(m.startsAt);
  const later = (days: number) => new Date(startsAt.getTime() + days * DAY);
  const applicationIds = done.items.map((i) => i.applicationId);
  await tx.update(cases).set({ createdAt: new Date(m.casePreparedAt), updatedAt: new Date(m.casePreparedAt) }).where(inArray(cases.id, done.items.map((i) => i.caseId)));
  await tx
    .update(meetings)
    .set({ status: 'minutes_published', createdAt: new Date(m.casePreparedAt), heldAt: startsAt, minutesApprovedAt: later(7), minutesApprovedBy: 'chair', minutesPublishedAt: later(14), updatedAt: later(14) })
    .where(eq(meetings.id, done.meetingId));
  await tx.update(effects).set({ appliedAt: startsAt }).where(inArray(effects.caseId, done.items.map((i) => i.caseId)));
  await tx.update(applications).set({ decidedAt: startsAt, updatedAt: startsAt }).where(inArray(applications.id, applicationIds));
  if (done.projectIds.length) {
    await tx.update(projects).set({ createdAt: startsAt, updatedAt: later(14) }).where(inArray(projects.id, done.projectIds));
    // Published with the minutes.
    await tx.update(projects).set({ publishedAt: later(14) }).where(and(inArray(projects.id, done.projectIds), isNotNull(projects.publishedAt)));
  }
  for (const id of applicationIds) {
    await tx.update(outboxEmails).set({ createdAt: startsAt, nextAttemptAt: startsAt }).where(and(eq(outboxEmails.template, 'decisionLetter'), like(outboxEmails.textBody, `%/admin/soknader/${id}%`)));
  }
}
