import { useState, type FormEvent } from 'react';
import { Alert, Button, Details, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Review } from '../../../shared/contracts/reviews';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { ActionStatus } from '../../components/forms/ActionStatus';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { Loading } from '../../components/Loading';
import { LocalizedInline } from '../../components/LocalizedText';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryFailure } from '../../components/ProgrammeGate';
import { ScrollTable } from '../../components/ScrollTable';
import { formatKroner } from '../governance/action-programmes/action-programme-format';
import { ScoreForm } from './ScoreForm';
import { AnswersView } from '../calls/components/AnswersView';
import { useApplicationVersion, useDeclareReviewConflict, useReview } from './reviews.queries';
import { useCall } from '../calls/calls.queries';
import './reviews.css';

/**
 * A reviewer's page: the application as submitted on one side, the scores on the other (one
 * column on a phone). A reviewer who cannot judge it impartially declares a conflict here.
 */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const review = useReview(id);
  const callQuery = useCall(review.data?.callId);
  const version = useApplicationVersion(review.data && review.data.status !== 'conflict' ? review.data.applicationId : undefined, review.data?.applicationVersion);
  if (review.isPending) return <Loading />;
  if (review.isError) return <QueryFailure error={review.error} />;
  const r = review.data;
  return (
    <div className="stack">
      <PageHeading title={r.applicationTitle} />
      <Paragraph>
        {t('reviews.page.lead', { organisation: r.organisation.name, version: r.applicationVersion })} <LocalizedInline text={r.callTitle} />
      </Paragraph>
      <Paragraph>
        <AppLink to="/admin/vurderinger">{t('reviews.page.back')}</AppLink>
      </Paragraph>
      {r.status === 'conflict' ? (
        <Alert data-color="info">
          <Paragraph>{t('reviews.page.conflictDeclared', { reason: r.conflictReason ?? '' })}</Paragraph>
        </Alert>
      ) : (
        <div className="review-layout">
          <section className="review-application stack-sm" aria-labelledby="review-application-heading">
            <Heading level={2} data-size="xs" id="review-application-heading">
              {t('reviews.page.application')}
            </Heading>
            {callQuery.isError ? <ProblemAlert error={callQuery.error} /> : null}
            {version.isError ? <ProblemAlert error={version.error} /> : null}
            {callQuery.data?.form && version.data ? <AnswersView form={callQuery.data.form} answers={version.data.answers} applicationId={r.applicationId} headingLevel={3} /> : <Loading />}
          </section>
          <div className="review-scoring stack">
            {r.canScore ? <ScoreForm key={r.id} review={r} /> : <SubmittedReview review={r} />}
            {r.canScore ? <ConflictForm review={r} /> : null}
          </div>
        </div>
      )}
      {r.peers ? <Peers review={r} /> : null}
    </div>
  );
}

function SubmittedReview({ review }: { review: Review }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="stack-sm" aria-labelledby="review-own-heading">
      <Heading level={2} data-size="xs" id="review-own-heading">
        {t('reviews.page.yourReview')}
      </Heading>
      <Paragraph>{review.submittedAt ? t('reviews.page.submittedNote') : t('reviews.page.closedNote')}</Paragraph>
      <dl className="answers">
        {review.criteria.map((c) => (
          <div key={c.key}>
            <dt>{pickText(c.title, locale).text}</dt>
            <dd>
              {review.scores[c.key]?.score ?? '–'} {review.scores[c.key]?.comment ? `– ${review.scores[c.key]!.comment}` : ''}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('reviews.form.recommendation')}</dt>
          <dd>
            {review.recommendation ? t(`reviews.recommendation.${review.recommendation}`) : '–'}
            {review.recommendedAmount ? ` (${formatKroner(review.recommendedAmount, locale)})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('reviews.board.total')}</dt>
          <dd>{review.weightedTotal ?? '–'}</dd>
        </div>
      </dl>
      {review.comment ? <Paragraph>{review.comment}</Paragraph> : null}
    </section>
  );
}

function ConflictForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const declare = useDeclareReviewConflict(review.id);
  const form = useFormErrors();
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    if (!reason.trim()) return form.setMessages({ reason: { path: 'reason', keys: ['validation.required'] } });
    if (!window.confirm(t('reviews.conflict.confirm'))) return;
    try {
      await declare.mutateAsync({ reason: reason.trim() });
      setStatus(t('reviews.conflict.done'));
    } catch (err) {
      form.setFailure(err);
    }
  };
  return (
    <Details>
      <Details.Summary>{t('reviews.conflict.title')}</Details.Summary>
      <Details.Content>
        <form onSubmit={onSubmit} noValidate className="stack-sm">
          <Paragraph data-size="sm">{t('reviews.conflict.intro')}</Paragraph>
          {form.problem ? <ProblemAlert error={form.problem} /> : null}
          <Textfield id="review-conflict-reason" label={t('reviews.conflict.reason')} multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={form.errorFor('reason')} />
          <div>
            <Button type="submit" variant="secondary" disabled={declare.isPending}>
              {t('reviews.conflict.declare')}
            </Button>
          </div>
          <ActionStatus message={status} />
        </form>
      </Details.Content>
    </Details>
  );
}

/** The other reviewers' submitted scores, once the secretariat has released them. */
function Peers({ review }: { review: Review }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const peers = review.peers ?? [];
  return (
    <section className="stack-sm" aria-labelledby="review-peers-heading">
      <Heading level={2} data-size="xs" id="review-peers-heading">
        {t('reviews.page.peers')}
      </Heading>
      {peers.length === 0 ? (
        <Paragraph>{t('reviews.page.noPeers')}</Paragraph>
      ) : (
        <ScrollTable label={t('reviews.page.peers')}>
          <Table data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('reviews.board.reviewer')}</Table.HeaderCell>
                {review.criteria.map((c) => (
                  <Table.HeaderCell key={c.key}>{pickText(c.title, locale).text}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>{t('reviews.board.total')}</Table.HeaderCell>
                <Table.HeaderCell>{t('reviews.form.recommendation')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {peers.map((p) => (
                <Table.Row key={p.reviewer}>
                  <Table.HeaderCell scope="row">{p.reviewer}</Table.HeaderCell>
                  {review.criteria.map((c) => (
                    <Table.Cell key={c.key}>{p.scores[c.key]?.score ?? '–'}</Table.Cell>
                  ))}
                  <Table.Cell>{p.weightedTotal ?? '–'}</Table.Cell>
                  <Table.Cell>{p.recommendation ? t(`reviews.recommendation.${p.recommendation}`) : '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
