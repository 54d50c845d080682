import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { ReportSchedule } from '../../../../shared/contracts/reports';
import type { Locale } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import type { TFunction } from '../../../app/translator';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { StatusMessage } from '../../../components/StatusMessage';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';
import { formatDate } from '../../portfolio/portfolio-format';
import { useCreateSchedule, useRemoveSchedule, useSchedules, useUpdateSchedule } from '../reports.queries';
import '../reports.css';

/** What a schedule is for: one project, or every project granted from a call's applications. */
export type ScheduleTarget = { kind: 'project' | 'call'; id: string };

interface Props {
  programmeId: string;
  target: ScheduleTarget;
  /** The start of the ids of the editor's fields: unique on the page. */
  idPrefix: string;
}

/**
 * The secretariat's report schedules for a project or for a call (all the projects granted from
 * it): those that apply, each changed or deleted in place, and one added.
 */
export function ScheduleEditor({ programmeId, target, idPrefix }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schedules = useSchedules(programmeId);
  const remove = useRemoveSchedule();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const lastEdited = useRef<string | null>(null);
  const changeId = (id: string) => `${idPrefix}-change-${id}`;
  // When a schedule's form closes, focus goes back to its "change" button.
  useEffect(() => {
    if (editing === null && lastEdited.current) document.getElementById(`${idPrefix}-change-${lastEdited.current}`)?.focus();
  }, [editing, idPrefix]);
  const mine = (schedules.data?.items ?? []).filter((s) => (target.kind === 'project' ? s.project?.id : s.call?.id) === target.id);
  return (
    <div className="stack-sm">
      <StatusMessage message={message} />
      {mine.length ? (
        <ul className="stack-sm reports-schedules">
          {mine.map((s) =>
            editing === s.id ? (
              <li key={s.id}>
                <ScheduleForm
                  programmeId={programmeId}
                  target={target}
                  formId={`${idPrefix}-${s.id}`}
                  schedule={s}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) setMessage(t('reports.schedule.changed'));
                  }}
                />
              </li>
            ) : (
              <li key={s.id} className="reports-schedule">
                <span>{scheduleSummary(s, t, locale)}</span>
                <span className="form-actions">
                  <Button
                    id={changeId(s.id)}
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('reports.schedule.changeOf', { summary: scheduleSummary(s, t, locale) })}
                    onClick={() => {
                      setMessage(null);
                      lastEdited.current = s.id;
                      setEditing(s.id);
                    }}
                  >
                    {t('reports.schedule.change')}
                  </Button>
                  <ConfirmDelete
                    compact
                    name={scheduleSummary(s, t, locale)}
                    label={t('reports.schedule.removeOf', { summary: scheduleSummary(s, t, locale) })}
                    pending={remove.isPending}
                    error={remove.error}
                    onConfirm={() =>
                      remove.mutate(s.id, {
                        onSuccess: () => {
                          setMessage(t('reports.schedule.removed'));
                          // The schedule and its buttons are gone: the focus goes to the new schedule's first field.
                          document.getElementById(fieldId(idPrefix, 'firstDueOn'))?.focus();
                        },
                      })
                    }
                  />
                </span>
              </li>
            ),
          )}
        </ul>
      ) : (
        <Paragraph data-size="sm">{t(target.kind === 'call' ? 'reports.schedule.noneForCall' : 'reports.schedule.none')}</Paragraph>
      )}
      {editing === null ? <ScheduleForm programmeId={programmeId} target={target} formId={idPrefix} onDone={(saved) => saved && setMessage(t('reports.schedule.added'))} /> : null}
    </div>
  );
}

/** "First due 31 March 2026, then every 3 months; reminded 14 days before and 7 days after." */
export function scheduleSummary(s: ReportSchedule, t: TFunction, locale: Locale): string {
  const parts: string[] = [];
  if (s.firstDueOn) {
    const first = formatDate(s.firstDueOn, locale);
    parts.push(s.intervalMonths ? t('reports.schedule.summaryRepeat', { first, count: s.intervalMonths }) : t('reports.schedule.summaryOnce', { first }));
  }
  if (s.dueDates.length) parts.push(t('reports.schedule.summaryDates', { dates: s.dueDates.map((d) => formatDate(d, locale)).join(', ') }));
  parts.push(t('reports.schedule.summaryReminders', { before: s.remindDaysBefore, after: s.remindDaysAfter }));
  return `${parts.join('; ')}.`;
}

/** A whole number as written, or null when empty; anything else is sent as written for the contract to refuse beside its field. */
const whole = (s: string): number | null => {
  const v = s.trim();
  if (v === '') return null;
  return (/^\d+$/.test(v) ? Number(v) : v) as number;
};

interface FormProps {
  programmeId: string;
  target: ScheduleTarget;
  formId: string;
  /** The schedule to change; a new one when absent. */
  schedule?: ReportSchedule;
  /** Closed: after a save (true) or cancelled (false). */
  onDone(saved: boolean): void;
}

function ScheduleForm({ programmeId, target, formId, schedule, onDone }: FormProps) {
  const { t } = useTranslation();
  const create = useCreateSchedule(programmeId);
  const update = useUpdateSchedule();
  const form = useFormErrors();
  const [v, setV] = useState({
    firstDueOn: schedule?.firstDueOn ?? '',
    intervalMonths: schedule ? String(schedule.intervalMonths ?? '') : '3',
    remindDaysBefore: String(schedule?.remindDaysBefore ?? 14),
    remindDaysAfter: String(schedule?.remindDaysAfter ?? 7),
  });
  // A schedule opened for a change takes the focus to its first field.
  useEffect(() => {
    if (schedule) document.getElementById(fieldId(formId, 'firstDueOn'))?.focus();
  }, [schedule, formId]);
  const labels = {
    firstDueOn: t('reports.schedule.firstDueOn'),
    intervalMonths: t('reports.schedule.intervalMonths'),
    remindDaysBefore: t('reports.schedule.remindDaysBefore'),
    remindDaysAfter: t('reports.schedule.remindDaysAfter'),
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    const rule = {
      firstDueOn: v.firstDueOn || null,
      intervalMonths: whole(v.intervalMonths),
      // Dates listed one by one (through the API) stay as they are.
      dueDates: schedule?.dueDates ?? [],
      remindDaysBefore: whole(v.remindDaysBefore) as number,
      remindDaysAfter: whole(v.remindDaysAfter) as number,
    };
    try {
      if (schedule) await update.mutateAsync({ id: schedule.id, body: { ...rule, revision: schedule.revision } });
      else await create.mutateAsync({ ...rule, ...(target.kind === 'project' ? { projectId: target.id } : { callId: target.id }) });
      if (!schedule) setV((x) => ({ ...x, firstDueOn: '' }));
      onDone(true);
    } catch (err) {
      showFailure(form, err);
    }
  };
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const field = (k: keyof typeof v, type?: 'date') => (
    <Textfield
      id={fieldId(formId, k)}
      type={type}
      inputMode={type ? undefined : 'numeric'}
      label={labels[k]}
      value={v[k]}
      onChange={set(k)}
      error={form.errorFor(k)}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="stack form">
      <Fieldset>
        <Fieldset.Legend>
          {t(schedule ? 'reports.schedule.edit' : target.kind === 'call' ? 'reports.schedule.addForCall' : 'reports.schedule.add')}
        </Fieldset.Legend>
        <Paragraph data-size="sm">{t(target.kind === 'call' ? 'reports.schedule.helpForCall' : 'reports.schedule.help')}</Paragraph>
        <FormErrorSummary form={form} formId={formId} labels={labels} />
        <div className="gov-pair">
          {field('firstDueOn', 'date')}
          {field('intervalMonths')}
        </div>
        <div className="gov-pair">
          {field('remindDaysBefore')}
          {field('remindDaysAfter')}
        </div>
        <div className="form-actions">
          <Button type="submit" variant="secondary" disabled={create.isPending || update.isPending}>
            {t(schedule ? 'reports.schedule.saveChange' : 'reports.schedule.save')}
          </Button>
          {schedule ? (
            <Button type="button" variant="tertiary" onClick={() => onDone(false)}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </Fieldset>
    </form>
  );
}
