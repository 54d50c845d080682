import { useState } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';

/** The secretariat's decision on a submitted report: approve it, or return it with a comment (required). */
export function DecisionForm({ formId, revision, onMove }: { formId: string; revision: number; onMove(move: 'approve' | 'return', body: { revision: number; comment?: string }): Promise<unknown> }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState(false);
  const labels = { comment: t('reports.decision.comment') };
  const act = async (move: 'approve' | 'return') => {
    form.clear();
    setPending(true);
    try {
      await onMove(move, { revision, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    } catch (err) {
      showFailure(form, err);
    } finally {
      setPending(false);
    }
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="stack form">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <Textfield id={fieldId(formId, 'comment')} label={labels.comment} description={t('reports.decision.commentHelp')} multiline rows={3} value={comment} onChange={(e) => setComment(e.target.value)} error={form.errorFor('comment')} />
      <div className="form-actions">
        <Button type="button" disabled={pending} onClick={() => void act('approve')}>
          {t('reports.decision.approve')}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => void act('return')}>
          {t('reports.decision.return')}
        </Button>
      </div>
    </form>
  );
}
