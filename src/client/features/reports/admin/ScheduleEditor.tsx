import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Project } from '../../../../shared/contracts/projects';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';
import { formatDate } from '../../portfolio/portfolio-format';
import { useCreateSchedule, useRemoveSchedule, useSchedules } from '../reports.queries';

/** The secretariat's report schedules for the project: those that apply, and one added. */
export function ScheduleEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schedules = useSchedules(project.programmeId);
  const create = useCreateSchedule(project.programmeId);
  const remove = useRemoveSchedule();
  const form = useFormErrors();
  const [v, setV] = useState({ firstDueOn: '', intervalMonths: '3', remindDaysBefore: '14', remindDaysAfter: '7' });
  const id = 'report-schedule';
  const labels = {
    firstDueOn: t('reports.schedule.firstDueOn'),
    intervalMonths: t('reports.schedule.intervalMonths'),
    remindDaysBefore: t('reports.schedule.remindDaysBefore'),
    remindDaysAfter: t('reports.schedule.remindDaysAfter'),
  };
  const mine = (schedules.data?.items ?? []).filter((s) => s.project?.id === project.id);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await create.mutateAsync({
        projectId: project.id,
        firstDueOn: v.firstDueOn || null,
        intervalMonths: v.intervalMonths ? Number(v.intervalMonths) : null,
        dueDates: [],
        remindDaysBefore: Number(v.remindDaysBefore),
        remindDaysAfter: Number(v.remindDaysAfter),
      });
      setV((x) => ({ ...x, firstDueOn: '' }));
    } catch (err) {
      showFailure(form, err);
    }
  };
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  return (
    <div className="stack-sm">
      {mine.length ? (
        <ul>
          {mine.map((s) => (
            <li key={s.id}>
              {t('reports.schedule.summary', {
                first: s.firstDueOn ? formatDate(s.firstDueOn, locale) : '–',
                months: s.intervalMonths ?? '–',
                before: s.remindDaysBefore,
                after: s.remindDaysAfter,
              })}{' '}
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove.mutate(s.id)}>
                {t('reports.schedule.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} noValidate className="stack form">
        <Fieldset>
          <Fieldset.Legend>{t('reports.schedule.add')}</Fieldset.Legend>
          <Paragraph data-size="sm">{t('reports.schedule.help')}</Paragraph>
          <FormErrorSummary form={form} formId={id} labels={labels} />
          <div className="gov-pair">
            <Textfield id={fieldId(id, 'firstDueOn')} type="date" label={labels.firstDueOn} value={v.firstDueOn} onChange={set('firstDueOn')} error={form.errorFor('firstDueOn')} />
            <Textfield id={fieldId(id, 'intervalMonths')} inputMode="numeric" label={labels.intervalMonths} value={v.intervalMonths} onChange={set('intervalMonths')} error={form.errorFor('intervalMonths')} />
          </div>
          <div className="gov-pair">
            <Textfield id={fieldId(id, 'remindDaysBefore')} inputMode="numeric" label={labels.remindDaysBefore} value={v.remindDaysBefore} onChange={set('remindDaysBefore')} error={form.errorFor('remindDaysBefore')} />
            <Textfield id={fieldId(id, 'remindDaysAfter')} inputMode="numeric" label={labels.remindDaysAfter} value={v.remindDaysAfter} onChange={set('remindDaysAfter')} error={form.errorFor('remindDaysAfter')} />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="secondary" disabled={create.isPending}>
              {t('reports.schedule.save')}
            </Button>
          </div>
        </Fieldset>
      </form>
    </div>
  );
}
