import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { GroupDetail } from '../../../../shared/contracts/development';
import {
  EVALUATION_ANONYMITY_THRESHOLD,
  EVALUATION_SCALE,
} from '../../../../shared/domain/development';
import type { LocalizedText } from '../../../../shared/domain/localized';
import { pickText } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAnswerEvaluation, useDevelopmentOverview } from '../development.queries';
import { showFailure } from './group-errors';

const FORM_ID = 'evaluation';

/** The evaluation against the programme's competence goals, while the cohort's evaluation is open. */
export function EvaluationSection({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const overview = useDevelopmentOverview(detail.cohort.programmeId);
  return (
    <div className="stack">
      <div role="status">
        {detail.hasAnsweredEvaluation ? (
          <Alert data-color="success">
            <Paragraph>{t('developmentGroups.evaluation.answered')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {detail.hasAnsweredEvaluation ? null : overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ProblemAlert error={overview.error} />
      ) : (
        <EvaluationForm groupId={detail.group.id} goals={overview.data.settings.competenceGoals} />
      )}
    </div>
  );
}

function EvaluationForm({ groupId, goals }: { groupId: string; goals: LocalizedText[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const answer = useAnswerEvaluation(groupId);
  const [ratings, setRatings] = useState<(number | null)[]>(() => goals.map(() => null));
  const [comment, setComment] = useState('');
  const labels: Record<string, string> = {};
  goals.forEach((g, i) => {
    labels[`ratings.${i}`] = t('developmentGroups.evaluation.goal', { n: i + 1 });
  });
  labels.comment = t('developmentGroups.evaluation.comment');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = ratings.flatMap((r, i) => (r === null ? [`ratings.${i}`] : []));
    if (missing.length > 0)
      return form.setMessages(
        Object.fromEntries(
          missing.map((path) => [
            path,
            { path, keys: ['developmentGroups.evaluation.chooseRating'] },
          ]),
        ),
      );
    form.clear();
    try {
      await answer.mutateAsync({ ratings: ratings as number[], comment });
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <form id={FORM_ID} onSubmit={onSubmit} noValidate className="stack form">
      <Paragraph>{t('developmentGroups.evaluation.intro')}</Paragraph>
      <Alert data-color="info">
        <Paragraph>
          {t('developmentGroups.evaluation.anonymity', {
            threshold: EVALUATION_ANONYMITY_THRESHOLD,
          })}
        </Paragraph>
      </Alert>
      <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
      {form.errorFor('ratings') ? (
        <ValidationMessage>{form.errorFor('ratings')}</ValidationMessage>
      ) : null}
      {goals.map((g, i) => {
        const path = `ratings.${i}`;
        const goal = pickText(g, locale);
        const error = form.errorFor(path);
        return (
          <Fieldset
            key={i}
            id={fieldId(FORM_ID, path)}
            tabIndex={-1}
            className="evaluation-goal"
            aria-invalid={error ? true : undefined}
          >
            <Fieldset.Legend>
              {t('developmentGroups.evaluation.goal', { n: i + 1 })}:{' '}
              <span lang={goal.lang === locale ? undefined : goal.lang}>{goal.text}</span>
            </Fieldset.Legend>
            <Fieldset.Description>
              {t('developmentGroups.evaluation.question')}
            </Fieldset.Description>
            <div className="evaluation-scale">
              {EVALUATION_SCALE.map((n) => (
                <Radio
                  key={n}
                  name={`evaluation-goal-${i}`}
                  value={String(n)}
                  label={t(`developmentGroups.evaluation.scale.${n}`)}
                  checked={ratings[i] === n}
                  onChange={() => setRatings((r) => r.map((x, j) => (j === i ? n : x)))}
                />
              ))}
            </div>
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Fieldset>
        );
      })}
      <Textfield
        id={fieldId(FORM_ID, 'comment')}
        label={labels.comment}
        description={t('developmentGroups.evaluation.commentHelp')}
        multiline
        rows={5}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={form.errorFor('comment')}
      />
      <div className="form-actions">
        <Button type="submit" aria-disabled={answer.isPending || undefined}>
          {t('developmentGroups.evaluation.send')}
        </Button>
      </div>
    </form>
  );
}
