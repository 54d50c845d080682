import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { AppLink } from '../../components/AppLink';
import { BoardCaseForm } from '../governance/admin/BoardCaseForm';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import type { ReviewBoard } from '../../../shared/contracts/reviews';
import { REVIEW_RECOMMENDATIONS } from '../../../shared/domain/reviews';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { ActionStatus } from '../../components/forms/ActionStatus';
import { ChoiceOptions, SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { formatKroner } from '../governance/action-programmes/action-programme-format';
import { reviewKeys, useAssignReviewer, useRecommend, useReleaseReviews, useReviewBoard, useReviewerCandidates, useUnassignReviewer } from './reviews.queries';
import './reviews.css';

/**
 * An application's reviews for the secretariat (and, to read, the deciding body): the scores side
 * by side with weighted totals, who reviews it, and the recommendation to the board.
 */
export function ReviewsPanel({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const board = useReviewBoard(applicationId);
  if (board.isPending) return <Loading />;
  if (board.isError) return <ProblemAlert error={board.error} />;
  const b = board.data;
  return (
    <section className="stack" aria-labelledby="reviews-heading">
      <Heading level={2} data-size="sm" id="reviews-heading">
        {t('reviews.board.title')}
      </Heading>
      <ScoresTable board={b} />
      {b.canManage ? <AssignForm board={b} /> : null}
      {b.canManage ? <ReleaseButton board={b} /> : null}
      {b.canManage ? <RecommendationForm key={b.revision} board={b} /> : <RecommendationText board={b} />}
      {b.canManage ? <ApplicationCaseForm board={b} /> : null}
    </section>
  );
}

function ScoresTable({ board }: { board: ReviewBoard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unassign = useUnassignReviewer();
  if (board.reviews.length === 0) return <Paragraph>{t('reviews.board.none')}</Paragraph>;
  return (
    <>
      <ScrollTable label={t('reviews.board.tableLabel')}>
        <Table data-size="sm" className="review-board">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('reviews.board.criterion')}</Table.HeaderCell>
              {board.reviews.map((r) => (
                <Table.HeaderCell key={r.id} className="number">
                  {r.reviewer.name}
                  <br />
                  <span className="muted">{t(`reviews.status.${r.status}`)}</span>
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell className="number">{t('reviews.board.mean')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {board.criteria.map((c) => (
              <Table.Row key={c.key}>
                <Table.HeaderCell scope="row">
                  {pickText(c.title, locale).text} <span className="muted">({c.weight})</span>
                </Table.HeaderCell>
                {board.reviews.map((r) => (
                  <Table.Cell key={r.id} className="number">
                    {r.scores[c.key]?.score ?? '–'}
                  </Table.Cell>
                ))}
                <Table.Cell className="number">{board.criterionMeans[c.key] ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('reviews.board.total')}</Table.HeaderCell>
              {board.reviews.map((r) => (
                <Table.Cell key={r.id} className="number">
                  {r.weightedTotal ?? '–'}
                </Table.Cell>
              ))}
              <Table.Cell className="number">{board.meanTotal ?? '–'}</Table.Cell>
            </Table.Row>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('reviews.form.recommendation')}</Table.HeaderCell>
              {board.reviews.map((r) => (
                <Table.Cell key={r.id}>
                  {r.recommendation ? t(`reviews.recommendation.${r.recommendation}`) : '–'}
                  {r.recommendedAmount ? ` (${formatKroner(r.recommendedAmount, locale)})` : ''}
                </Table.Cell>
              ))}
              <Table.Cell />
            </Table.Row>
          </Table.Body>
        </Table>
      </ScrollTable>
      <ul className="plain-list stack-sm">
        {board.reviews.map((r) => (
          <li key={r.id} className="review-card stack-sm">
            <Heading level={3} data-size="2xs">
              {r.reviewer.name}
              {r.reviewerOrganisation ? `, ${r.reviewerOrganisation.name}` : ''}
            </Heading>
            {r.status === 'conflict' ? <Paragraph>{t('reviews.board.conflict', { reason: r.conflictReason ?? '' })}</Paragraph> : null}
            {board.criteria.map((c) =>
              r.scores[c.key]?.comment ? (
                <Paragraph key={c.key} data-size="sm">
                  <strong>{pickText(c.title, locale).text}:</strong> {r.scores[c.key]!.comment}
                </Paragraph>
              ) : null,
            )}
            {r.comment ? <Paragraph>{r.comment}</Paragraph> : null}
            {board.canManage && r.status !== 'submitted' ? (
              <div>
                <Button type="button" variant="tertiary" data-size="sm" disabled={unassign.isPending} onClick={() => unassign.mutate(r.id)}>
                  {t('reviews.board.unassign', { name: r.reviewer.name })}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {unassign.error ? <ProblemAlert error={unassign.error} /> : null}
    </>
  );
}

function AssignForm({ board }: { board: ReviewBoard }) {
  const { t } = useTranslation();
  const candidates = useReviewerCandidates(board.applicationId, true);
  const assign = useAssignReviewer(board.applicationId);
  const form = useFormErrors();
  const [reviewerId, setReviewerId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    form.clear();
    if (!reviewerId) return form.setMessages({ reviewerId: { path: 'reviewerId', keys: ['validation.required'] } });
    try {
      await assign.mutateAsync(reviewerId);
      setReviewerId('');
      setStatus(t('reviews.assign.done'));
    } catch (err) {
      form.setFailure(err);
    }
  };
  const open = candidates.data?.items.filter((c) => !c.assigned) ?? [];
  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm subform">
      <Heading level={3} data-size="2xs">
        {t('reviews.assign.title')}
      </Heading>
      <Paragraph data-size="sm">{t('reviews.assign.intro')}</Paragraph>
      {form.problem ? <ProblemAlert error={form.problem} /> : null}
      <SelectField id="assign-reviewerId" label={t('reviews.assign.reviewer')} value={reviewerId} onChange={(e) => setReviewerId(e.target.value)} error={form.errorFor('reviewerId')}>
        <option value="">{t('picker.choose')}</option>
        {open.map((c) => (
          <option key={c.user.id} value={c.user.id} disabled={c.excludedBy !== null}>
            {c.user.name}
            {c.organisation ? `, ${c.organisation.name}` : ''}
            {c.excludedBy ? ` – ${t(`reviews.exclusion.${c.excludedBy}`)}` : ''}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" variant="secondary" disabled={assign.isPending}>
          {t('reviews.assign.button')}
        </Button>
      </div>
      <ActionStatus message={status} />
    </form>
  );
}

function ReleaseButton({ board }: { board: ReviewBoard }) {
  const { t } = useTranslation();
  const release = useReleaseReviews(board.applicationId);
  if (board.releasedAt) return <Paragraph data-size="sm">{t('reviews.release.released')}</Paragraph>;
  if (!board.reviews.some((r) => r.status === 'submitted')) return null;
  return (
    <div className="stack-sm">
      <Paragraph data-size="sm">{t('reviews.release.intro')}</Paragraph>
      <div>
        <Button type="button" variant="secondary" disabled={release.isPending} onClick={() => release.mutate()}>
          {t('reviews.release.button')}
        </Button>
      </div>
      {release.error ? <ProblemAlert error={release.error} /> : null}
    </div>
  );
}

function RecommendationText({ board }: { board: ReviewBoard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const r = board.recommendation;
  if (!r) return null;
  return (
    <div className="stack-sm">
      <Heading level={3} data-size="2xs">
        {t('reviews.recommend.title')}
      </Heading>
      <Paragraph>
        {t(`reviews.recommendation.${r.outcome}`)}
        {r.amount ? ` (${formatKroner(r.amount, locale)})` : ''}
      </Paragraph>
      {r.text ? <Paragraph>{r.text}</Paragraph> : null}
    </div>
  );
}

function RecommendationForm({ board }: { board: ReviewBoard }) {
  const { t } = useTranslation();
  const recommend = useRecommend(board.applicationId);
  const form = useFormErrors();
  const [outcome, setOutcome] = useState<string>(board.recommendation?.outcome ?? '');
  const [amount, setAmount] = useState(board.recommendation?.amount ? String(board.recommendation.amount) : '');
  const [text, setText] = useState(board.recommendation?.text ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const canRecommend = ['submitted', 'in_review', 'recommended'].includes(board.applicationStatus);
  if (!canRecommend) return <RecommendationText board={board} />;
  const grants = outcome === 'granted' || outcome === 'partly_granted';
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    form.clear();
    if (!outcome) return form.setMessages({ outcome: { path: 'outcome', keys: ['validation.required'] } });
    const parsed = amount.trim() === '' ? null : Number(amount.replace(/\s/g, ''));
    if (parsed !== null && !Number.isInteger(parsed)) return form.setMessages({ amount: { path: 'amount', keys: ['validation.integer', 'validation.invalid'] } });
    try {
      await recommend.mutateAsync({ outcome: outcome as (typeof REVIEW_RECOMMENDATIONS)[number], amount: grants ? parsed : null, text, revision: board.revision });
      setStatus(t('reviews.recommend.saved'));
    } catch (err) {
      form.setFailure(err);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm subform">
      <Heading level={3} data-size="2xs">
        {t('reviews.recommend.title')}
      </Heading>
      {form.problem ? <ProblemAlert error={form.problem} /> : null}
      <SelectField id="recommend-outcome" label={t('reviews.recommend.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value)} error={form.errorFor('outcome')}>
        <ChoiceOptions values={REVIEW_RECOMMENDATIONS} label={(v) => t(`reviews.recommendation.${v}`)} />
      </SelectField>
      {grants ? <Textfield id="recommend-amount" label={t('reviews.form.amount')} inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} error={form.errorFor('amount')} /> : null}
      <Textfield id="recommend-text" label={t('reviews.recommend.text')} multiline rows={3} value={text} onChange={(e) => setText(e.target.value)} error={form.errorFor('text')} />
      <div>
        <Button type="submit" disabled={recommend.isPending}>
          {t('reviews.recommend.button')}
        </Button>
      </div>
      <ActionStatus message={status} />
    </form>
  );
}

/**
 * The step from the recommendation to the board: a case in one of the programme's bodies that
 * proposes the recommended decision on the application. When the body adopts it, the decision is
 * applied (and a grant creates the project).
 */
export function ApplicationCaseForm({ board }: { board: ReviewBoard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const qc = useQueryClient();
  const open = board.decisionCases.filter((c) => !c.applied);
  const r = board.recommendation;
  if (!r) return null;
  if (open.length > 0) {
    return (
      <Paragraph data-size="sm">
        {t('reviews.case.inCase')}{' '}
        {open.map((c) => (
          <AppLink key={c.caseId} to={`/admin/styringsorgan/${c.body.id}`}>
            {pickText(c.body.name, locale).text}
          </AppLink>
        ))}
      </Paragraph>
    );
  }
  if (board.applicationStatus !== 'recommended') return null;
  return (
    <BoardCaseForm
      id="case"
      programmeId={board.programmeId}
      heading={t('reviews.case.heading')}
      intro={t('reviews.case.intro')}
      button={t('reviews.case.button')}
      onCreated={() => void qc.invalidateQueries({ queryKey: reviewKeys.board(board.applicationId) })}
      caseOf={() => ({
        type: 'decision',
        title: { nb: t('reviews.case.title', { title: board.applicationTitle, organisation: board.organisation.name }) },
        ...(r.text ? { proposedDecision: { nb: r.text } } : {}),
        effects: [{ kind: 'decide_application', targetId: board.applicationId, decision: { outcome: r.outcome, amount: r.amount } }],
      })}
    />
  );
}
