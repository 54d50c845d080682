import { useState, type FormEvent } from 'react';
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { GovernanceSettings } from '../../../../shared/contracts/governance-bodies';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure, withGovernanceMessages } from './form-support';
import { useUpdateGovernanceSettings } from './governance-admin.queries';

const FORM = 'governance-settings';

/** How many days before a meeting its notice should be out: the programme's setting. */
export function NoticeDaysForm({ programmeId, noticeDays }: { programmeId: string; noticeDays: number }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useUpdateGovernanceSettings(programmeId);
  const [value, setValue] = useState(String(noticeDays));
  const [status, setStatus] = useState<string | null>(null);
  const labels = { noticeDays: t('governanceAdmin.settings.noticeDays') };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(GovernanceSettings, { noticeDays: value.trim() === '' ? undefined : Number(value) });
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await save.mutateAsync(parsed.data);
      setStatus(t('governanceAdmin.settings.saved'));
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <section aria-labelledby={`${FORM}-heading`} className="stack">
      <Heading level={2} data-size="md" id={`${FORM}-heading`}>
        {t('governanceAdmin.settings.title')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={FORM} labels={labels} />
        <Textfield
          id={fieldId(FORM, 'noticeDays')}
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          label={labels.noticeDays}
          description={t('governanceAdmin.settings.noticeDaysHelp')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={form.errorFor('noticeDays')}
        />
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending} aria-describedby={`${FORM}-status`}>
            {save.isPending ? t('common.saving') : t('governanceAdmin.settings.save')}
          </Button>
          <ActionStatus id={`${FORM}-status`} message={status} />
        </div>
      </form>
    </section>
  );
}
