import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { PlanCommentInput, type Plan } from '../../../../../shared/contracts/development';
import type { PlanPart } from '../../../../../shared/domain/development';
import { useTranslation } from '../../../../app/translation';
import { useLocale } from '../../../../app/locale-context';
import { ActionStatus } from '../../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../../components/forms/form-errors';
import { useFormErrors } from '../../../../components/forms/use-form-errors';
import { splitParagraphs } from '../../../../components/LocalizedText';
import { useCommentPlan } from '../../development.queries';
import { formatInstant } from '../group-format';
import { groupFieldMessages, showFailure } from '../group-errors';

/** The facilitator's comments on one part of the plan, and (for the facilitator and the office) a form for another. */
export function PartComments({
  plan,
  part,
  partName,
}: {
  plan: Plan;
  part: PlanPart;
  partName: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const comments = plan.comments.filter((c) => c.part === part);
  if (comments.length === 0 && !plan.canComment) return null;
  const headingId = `plan-${part}-comments`;
  return (
    <section aria-labelledby={headingId} className="plan-comments stack-sm">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('developmentGroups.comments.title', { part: partName })}
      </Heading>
      {comments.length === 0 ? (
        <Paragraph className="muted">{t('developmentGroups.comments.none')}</Paragraph>
      ) : null}
      <ul className="plain-list stack-sm">
        {comments.map((c) => (
          <li key={c.id} className="plan-comment stack-sm">
            <Paragraph data-size="sm" className="muted">
              {t('developmentGroups.comments.byAt', {
                name: c.authorName ?? t('developmentGroups.comments.unknown'),
                at: formatInstant(c.createdAt, locale),
              })}
            </Paragraph>
            {splitParagraphs(c.body).map((p, i) => (
              <Paragraph key={i} className="keep-lines">
                {p}
              </Paragraph>
            ))}
          </li>
        ))}
      </ul>
      {plan.canComment ? (
        <CommentForm groupId={plan.groupId} part={part} partName={partName} />
      ) : null}
    </section>
  );
}

function CommentForm({
  groupId,
  part,
  partName,
}: {
  groupId: string;
  part: PlanPart;
  partName: string;
}) {
  const { t } = useTranslation();
  const formId = `plan-comment-${part}`;
  const form = useFormErrors();
  const comment = useCommentPlan(groupId);
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const labels = { body: t('developmentGroups.comments.field', { part: partName }) };
  // Not a <form> inside the plan's form: the comment is sent on its own, with its own button.
  const send = async (e?: FormEvent) => {
    e?.preventDefault();
    setStatus(null);
    const parsed = validate(PlanCommentInput, { part, body });
    if (!parsed.ok) return form.setMessages(groupFieldMessages(parsed.messages));
    form.clear();
    try {
      await comment.mutateAsync(parsed.data);
      setBody('');
      setStatus(t('developmentGroups.comments.sent'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <div className="stack-sm">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <Textfield
        id={fieldId(formId, 'body')}
        label={labels.body}
        multiline
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={form.errorFor('body')}
      />
      <div className="form-actions">
        <Button
          type="button"
          variant="secondary"
          aria-disabled={comment.isPending || undefined}
          onClick={() => void send()}
        >
          {t('developmentGroups.comments.send')}
        </Button>
        <ActionStatus message={status} />
      </div>
    </div>
  );
}
