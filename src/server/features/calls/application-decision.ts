import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { invalidField } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { projectRows, replaceBudget, replacePartners as replaceProjectPartners } from '../portfolio/projects.repo';
import * as repo from './calls.repo';
import { decisionLetterOf, formatKroner, outcomeSentence } from './decision-letter';
import { queueEmail } from '../email/email.service';
import { localePath } from '../../../shared/domain/site-paths';
import { DECIDABLE_STATUSES, GRANTING_OUTCOMES, type ApplicationDecision } from '../../../shared/domain/calls';

/**
 * A body's decision on an application, as a decision effect (DOMAIN.md: "the recorded decision
 * … sets the application's outcome and — when granted — creates the project"). The case names
 * the application and the decision it proposes; the decision, when adopted, applies it in the
 * transaction that records it, or refuses the whole recording.
 */

/**
 * Checks, when the case is prepared, that the application is one of the programme's and can be
 * decided on; returns its revision, which the decision holds it to.
 */
export async function checkApplicationDecision(db: DbOrTx, programmeId: string, applicationId: string, path: string): Promise<number> {
  const application = await repo.findApplication(db, applicationId);
  if (!application || application.programmeId !== programmeId) throw invalidField(path, 'notFound', "The application is not one of this programme's calls'");
  if (!DECIDABLE_STATUSES.has(application.status)) throw invalidField(path, 'notDecidable', `The application is ${application.status}: only a submitted application is decided on`);
  return application.revision;
}

export interface DecisionContext {
  itemId: string;
  /** The day of the decision, YYYY-MM-DD, in Norway. */
  day: string;
  /** The application's revision when the case was prepared; null: not held to one. */
  expectedRevision: number | null;
  /** Refuses the recording with EFFECT_FAILED, naming the effect. */
  fail(code: string, message: string): Error;
  /** Whether e-mail is sent (else kept in the outbox), and the site's address for links in it. */
  mail: { canSend: boolean; origin: string };
}

/**
 * Queues the decision letter to the person who submitted the application last (or who started
 * it), in the same transaction: it goes out only if the decision is recorded. The letter links to
 * the application's page, where the letter is also a PDF.
 */
async function queueDecisionLetter(tx: DbOrTx, applicationId: string, ctx: DecisionContext): Promise<void> {
  const to = await repo.applicantContact(tx, applicationId);
  if (!to) return;
  const locale = 'nb';
  const letter = await decisionLetterOf(tx, applicationId, locale);
  if (!letter) return;
  await queueEmail(tx, ctx.mail.canSend, {
    to: to.email,
    toName: to.name,
    locale,
    template: 'decisionLetter',
    data: {
      name: to.name,
      applicationTitle: letter.applicationTitle,
      organisation: letter.organisation,
      callTitle: letter.callTitle,
      body: letter.body,
      decidedOn: letter.decidedOn,
      caseNumber: letter.caseNumber,
      outcome: outcomeSentence(letter.outcome, locale),
      amount: letter.amount ? formatKroner(letter.amount, locale) : undefined,
      conditions: letter.conditions ?? undefined,
      pageUrl: `${ctx.mail.origin}${localePath(locale, `/admin/soknader/${applicationId}`)}`,
    },
    createdBy: null,
  });
}

/**
 * Applies the decision: the application's outcome, amount and conditions; for a grant (whole or in
 * part) the project, owned by the applicant, with the applicant's partners, the granted amount as
 * its granted total and as a budget line of the decision's year, tied back to the application and
 * the decision. A deferred application stays in review. Returns the project created, if any.
 */
export async function applyApplicationDecision(tx: DbOrTx, actor: Actor, applicationId: string, decision: ApplicationDecision, ctx: DecisionContext): Promise<string | null> {
  const before = await repo.applicationRows.lock(tx, applicationId);
  if (!before) throw ctx.fail('targetGone', 'The application no longer exists');
  if (before.status === 'withdrawn') throw ctx.fail('applicationWithdrawn', 'The applicant withdrew the application after the case was prepared');
  if (!DECIDABLE_STATUSES.has(before.status)) throw ctx.fail('notDecidable', `The application is ${before.status}: only a submitted application is decided on`);
  if (ctx.expectedRevision !== null && before.revision !== ctx.expectedRevision) {
    throw ctx.fail('applicationChanged', `The application was changed after the case was prepared (revision ${ctx.expectedRevision}, now ${before.revision}); prepare the case again`);
  }
  const head = (await repo.findApplication(tx, applicationId))!;
  const now = new Date();
  const grants = GRANTING_OUTCOMES.has(decision.outcome);
  const amount = grants ? (decision.amount ?? null) : null;
  const after = await repo.applicationRows.update(tx, applicationId, {
    status: decision.outcome === 'deferred' ? 'in_review' : 'decided',
    outcome: decision.outcome,
    grantedAmount: amount,
    conditions: decision.conditions?.nb ? { nb: decision.conditions.nb, nn: decision.conditions.nn ?? null, en: decision.conditions.en ?? null } : null,
    decidedByItemId: ctx.itemId,
    decidedAt: now,
    revision: before.revision + 1,
    updatedAt: now,
  });
  await recordAudit(tx, actor, { action: 'update', entityType: 'application', entityId: applicationId, programmeId: head.programmeId, before, after });
  await queueDecisionLetter(tx, applicationId, ctx);
  if (!grants) return null;

  const year = Number(ctx.day.slice(0, 4));
  const project = await projectRows.insert(tx, {
    programmeId: head.programmeId,
    ownerOrganisationId: head.organisationId,
    ownerRole: 'coordinator',
    title: { nb: head.title },
    fundingProgramme: 'other',
    fundingProgrammeName: head.callTitle.nb,
    currency: 'NOK',
    phase: 'planning',
    grantedTotal: amount,
    applicationId,
    createdByItemId: ctx.itemId,
  });
  if (amount) await replaceBudget(tx, project.id, [{ year, source: 'other', kind: 'granted', amount }]);
  const partners = await repo.partnersOf(tx, applicationId);
  await replaceProjectPartners(tx, project.id, partners.map((p) => ({ organisationId: p.id, name: p.name, country: null, role: 'partner' as const })));
  await recordAudit(tx, actor, { action: 'create', entityType: 'project', entityId: project.id, programmeId: head.programmeId, after: { ...project, applicationId, grantedTotal: amount } });
  return project.id;
}
