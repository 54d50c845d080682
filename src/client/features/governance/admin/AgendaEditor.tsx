import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { meetingReached } from '../../../../shared/domain/governance';
import { pickText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { LocalizedInline } from '../../../components/LocalizedText';
import { RefusalAlert } from './RefusalAlert';
import { SelectField } from '../../../components/forms/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { agendaChoices, moveItem } from './agenda-logic';
import { useAddItem, useBodyCases, useOrderItems, useRemoveItem } from './governance-admin.queries';

/** The agenda in order: add an open case (it gets its number), move items, remove them until the meeting is held. */
export function AgendaEditor({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const meetingId = detail.meeting.id;
  const open = useBodyCases(detail.meeting.body.id, true);
  const add = useAddItem(meetingId);
  const order = useOrderItems(meetingId);
  const remove = useRemoveItem();
  const [caseId, setCaseId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const locked = meetingReached(detail.meeting.status, 'held') || detail.meeting.status === 'cancelled';
  const ids = detail.items.map((i) => i.id);
  const choices = agendaChoices(open.data?.cases ?? [], detail.items);
  const error = add.error ?? order.error ?? remove.error;

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    if (!caseId) return;
    add.mutate(
      { caseId },
      {
        onSuccess: (answer) => {
          setCaseId('');
          const item = answer.items.find((i) => i.case.id === caseId);
          setStatus(t('governanceAdmin.agenda.added', { number: item?.number ?? '' }));
        },
      },
    );
  };
  const move = (id: string, by: -1 | 1) => order.mutate({ itemIds: moveItem(ids, id, by) }, { onSuccess: () => document.getElementById(`agenda-${id}-${by < 0 ? 'up' : 'down'}`)?.focus() });

  return (
    <div className="stack-sm">
      <StatusMessage message={status} />
      {error ? <RefusalAlert error={error} /> : null}
      {detail.items.length === 0 ? <Paragraph>{t('governanceAdmin.agenda.empty')}</Paragraph> : null}
      <ol className="plain-list stack-sm">
        {detail.items.map((item, i) => {
          const title = pickText(item.case.title, locale).text;
          const label = t('governanceAdmin.agenda.itemName', { number: item.number, title });
          return (
            <li key={item.id} className="gov-agenda-row">
              <span>
                <strong>{t('governanceAdmin.caseNumber', { number: item.number })}</strong> <LocalizedInline text={item.case.title} />
              </span>
              {locked ? null : (
                <span className="form-actions">
                  <Button id={`agenda-${item.id}-up`} variant="tertiary" data-size="sm" disabled={i === 0 || order.isPending} onClick={() => move(item.id, -1)} aria-label={t('governanceAdmin.agenda.up', { name: label })}>
                    ↑
                  </Button>
                  <Button id={`agenda-${item.id}-down`} variant="tertiary" data-size="sm" disabled={i === ids.length - 1 || order.isPending} onClick={() => move(item.id, 1)} aria-label={t('governanceAdmin.agenda.down', { name: label })}>
                    ↓
                  </Button>
                  {item.case.type === 'minutes_approval' ? null : (
                    <Button variant="tertiary" data-size="sm" data-color="danger" disabled={remove.isPending} onClick={() => remove.mutate(item.id, { onSuccess: () => setStatus(t('governanceAdmin.agenda.removed', { name: label })) })} aria-label={t('governanceAdmin.agenda.remove', { name: label })}>
                      {t('common.remove')}
                    </Button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {locked ? null : (
        <form onSubmit={onAdd} className="stack-sm subform" noValidate>
          <SelectField id="agenda-case" label={t('governanceAdmin.agenda.case')} description={t('governanceAdmin.agenda.caseHelp')} value={caseId} onChange={(e) => setCaseId(e.target.value)}>
            <option value="">{choices.length === 0 ? t('governanceAdmin.agenda.noCases') : t('picker.choose')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {pickText(c.title, locale).text}
              </option>
            ))}
          </SelectField>
          <div>
            <Button type="submit" disabled={!caseId || add.isPending}>
              {t('governanceAdmin.agenda.add')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
