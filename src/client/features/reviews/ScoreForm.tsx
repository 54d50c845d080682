import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import type { Review, Scores } from '../../../shared/contracts/reviews';
import { REVIEW_RECOMMENDATIONS, weightedTotal } from '../../../shared/domain/reviews';
import { useTranslation } from '../../app/translation';
import { useLocale } from '../../app/locale-context';
import { pickText } from '../../../shared/domain/localized';
import { ActionStatus } from '../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId } from '../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { useLocalized } from '../../components/LocalizedText';
import { useSubmitReview, useUpdateReview } from './reviews.queries';

const FORM_ID = 'review';
/** Up to this many steps a scale is offered as radio buttons; a longer one as a number field. */
const RADIO_STEPS = 11;

function CriterionTitle({ text }: { text: Review['criteria'][number]['title'] }) {
  const { text: s } = useLocalized(text);
  return <>{s}</>;
}

/**
 * The reviewer's scores, one per criterion on its scale with a comment, a recommendation and a
 * closing comment. Saved as a draft, or submitted: then frozen. The weighted total is shown as
 * the secretariat will see it.
 */
export function ScoreForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const update = useUpdateReview(review.id);
  const submit = useSubmitReview(review.id);
  const [scores, setScores] = useState<Scores>(() => Object.fromEntries(review.criteria.map((c) => [c.key, { score: review.scores[c.key]?.score ?? null, comment: review.scores[c.key]?.comment ?? '' }])));
  const [recommendation, setRecommendation] = useState(review.recommendation ?? '');
  const [amount, setAmount] = useState(review.recommendedAmount === null ? '' : String(review.recommendedAmount));
  const [comment, setComment] = useState(review.comment);
  const [status, setStatus] = useState<string | null>(null);
  const total = weightedTotal(review.criteria, scores);

  const labels: Record<string, string> = {};
  review.criteria.forEach((c) => {
    labels[`scores.${c.key}.score`] = t('reviews.form.scoreOf', { criterion: pickText(c.title, locale).text });
  });
  labels.recommendation = t('reviews.form.recommendation');
  labels.recommendedAmount = t('reviews.form.amount');
  labels.comment = t('reviews.form.comment');

  const set = (key: string, patch: Partial<Scores[string]>) => setScores((s) => ({ ...s, [key]: { ...s[key]!, ...patch } }));

  const save = async () => {
    const parsedAmount = amount.trim() === '' ? null : Number(amount.replace(/\s/g, ''));
    if (parsedAmount !== null && !Number.isInteger(parsedAmount)) {
      form.setMessages({ recommendedAmount: { path: 'recommendedAmount', keys: ['validation.integer', 'validation.invalid'] } });
      return null;
    }
    return update.mutateAsync({
      revision: review.revision,
      scores,
      recommendation: recommendation ? (recommendation as NonNullable<Review['recommendation']>) : null,
      recommendedAmount: recommendation === 'granted' || recommendation === 'partly_granted' ? parsedAmount : null,
      comment,
    });
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    form.clear();
    try {
      if (await save()) setStatus(t('reviews.form.saved'));
    } catch (err) {
      form.setFailure(err);
    }
  };

  const onSubmit = async () => {
    setStatus(null);
    form.clear();
    if (!window.confirm(t('reviews.form.confirmSubmit'))) return;
    try {
      const saved = await save();
      if (!saved) return;
      await submit.mutateAsync(saved.revision);
      setStatus(t('reviews.form.submitted'));
    } catch (err) {
      form.setFailure(err);
    }
  };

  return (
    <form id={FORM_ID} onSubmit={onSave} noValidate className="stack">
      <Heading level={2} data-size="xs">
        {t('reviews.form.title')}
      </Heading>
      <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
      {review.criteria.map((c) => {
        const steps = c.scale.max - c.scale.min + 1;
        const path = `scores.${c.key}.score`;
        const value = scores[c.key]?.score ?? null;
        return (
          <Fieldset key={c.key} className="review-criterion">
            <Fieldset.Legend>
              <CriterionTitle text={c.title} /> <span className="muted">{t('reviews.form.weight', { weight: c.weight, min: c.scale.min, max: c.scale.max })}</span>
            </Fieldset.Legend>
            {steps <= RADIO_STEPS ? (
              <div className="review-scale" id={fieldId(FORM_ID, path)} role="radiogroup" aria-label={t('reviews.form.scoreOf', { criterion: pickText(c.title, locale).text })}>
                {Array.from({ length: steps }, (_, i) => c.scale.min + i).map((n) => (
                  <Radio key={n} name={`score-${c.key}`} value={String(n)} label={String(n)} checked={value === n} onChange={() => set(c.key, { score: n })} />
                ))}
              </div>
            ) : (
              <Textfield id={fieldId(FORM_ID, path)} label={t('reviews.form.score')} type="number" min={c.scale.min} max={c.scale.max} value={value ?? ''} onChange={(e) => set(c.key, { score: e.target.value === '' ? null : Number(e.target.value) })} />
            )}
            {form.errorFor(path) ? <p className="ds-validation-message" data-color="danger">{form.errorFor(path)}</p> : null}
            <Textfield id={fieldId(FORM_ID, `scores.${c.key}.comment`)} label={t('reviews.form.criterionComment')} multiline rows={2} value={scores[c.key]?.comment ?? ''} onChange={(e) => set(c.key, { comment: e.target.value })} />
          </Fieldset>
        );
      })}
      <p className="review-total" aria-live="polite">
        {total === null ? t('reviews.form.totalPending') : t('reviews.form.total', { total })}
      </p>
      <SelectField id={fieldId(FORM_ID, 'recommendation')} label={labels.recommendation} value={recommendation} onChange={(e) => setRecommendation(e.target.value)} error={form.errorFor('recommendation')}>
        <ChoiceOptions values={REVIEW_RECOMMENDATIONS} label={(v) => t(`reviews.recommendation.${v}`)} />
      </SelectField>
      {recommendation === 'granted' || recommendation === 'partly_granted' ? (
        <Textfield id={fieldId(FORM_ID, 'recommendedAmount')} label={labels.recommendedAmount} inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} error={form.errorFor('recommendedAmount')} />
      ) : null}
      <Textfield id={fieldId(FORM_ID, 'comment')} label={labels.comment} multiline rows={4} value={comment} onChange={(e) => setComment(e.target.value)} error={form.errorFor('comment')} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={update.isPending || submit.isPending}>
          {t('reviews.form.save')}
        </Button>
        <Button type="button" onClick={() => void onSubmit()} disabled={update.isPending || submit.isPending}>
          {t('reviews.form.submit')}
        </Button>
      </div>
      <ActionStatus message={status} />
    </form>
  );
}
