import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Membership } from '../../../../shared/contracts/governance-bodies';
import { ConflictCreate, type AgendaItem, type Conflict, type MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { CONFLICT_RULINGS, meetingReached } from '../../../../shared/domain/governance';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { RefusalAlert } from './RefusalAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { showFailure, withGovernanceMessages } from './form-support';
import { useDeclareConflict, useRuleConflict } from './governance-admin.queries';

/**
 * Conflicts of interest on one item: each declared one with the body's ruling; a declaration
 * (the secretariat for any member, a member for their own seat, before the minutes are approved);
 * the ruling and the deputy who takes the seat (the secretariat).
 */
export function ConflictsPanel({ item, detail, members }: { item: AgendaItem; detail: MeetingDetail; members: readonly Membership[] }) {
  const { t } = useTranslation();
  const { access } = detail;
  const own = new Set(access.myMembershipIds);
  const seats = members.filter((m) => m.isCurrent && (access.canManage || own.has(m.id)));
  const open = !meetingReached(detail.meeting.status, 'minutes_approved') && detail.meeting.status !== 'cancelled';
  return (
    <section className="stack-sm" aria-labelledby={`item-${item.id}-conflicts`}>
      <Heading level={4} data-size="2xs" id={`item-${item.id}-conflicts`}>
        {t('governanceAdmin.conflicts.title')}
      </Heading>
      {item.conflicts.length === 0 ? <Paragraph data-size="sm">{t('governanceAdmin.conflicts.none')}</Paragraph> : null}
      <ul className="plain-list stack-sm">
        {item.conflicts.map((c) => (
          <li key={c.id} className="stack-sm">
            <Paragraph data-size="sm">
              {t('governanceAdmin.conflicts.declared', { name: c.memberName, reason: c.reason })}{' '}
              {c.ruling ? t(`governanceAdmin.conflicts.ruledAs.${c.ruling}`) : t('governanceAdmin.conflicts.unruled')}
              {c.deputy ? ` ${t('governanceAdmin.conflicts.deputyIs', { name: c.deputy.name })}` : ''}
            </Paragraph>
            {access.canManage && open ? <RulingForm conflict={c} members={members} /> : null}
          </li>
        ))}
      </ul>
      {open && seats.length > 0 ? <DeclareForm item={item} seats={seats} own={!access.canManage} /> : null}
    </section>
  );
}

function DeclareForm({ item, seats, own }: { item: AgendaItem; seats: readonly Membership[]; own: boolean }) {
  const { t } = useTranslation();
  const declare = useDeclareConflict();
  const form = useFormErrors();
  const formId = `conflict-${item.id}`;
  const [membershipId, setMembershipId] = useState(seats.length === 1 ? seats[0]!.id : '');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const labels = { membershipId: t('governanceAdmin.conflicts.member'), reason: t('governanceAdmin.conflicts.reason') };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(ConflictCreate, { membershipId: membershipId || undefined, reason: reason.trim() });
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await declare.mutateAsync({ itemId: item.id, body: parsed.data });
      setReason('');
      setStatus(t('governanceAdmin.conflicts.saved'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm subform">
      <Heading level={5} data-size="2xs">
        {own ? t('governanceAdmin.conflicts.declareOwn') : t('governanceAdmin.conflicts.declare')}
      </Heading>
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField id={fieldId(formId, 'membershipId')} label={labels.membershipId} value={membershipId} onChange={(e) => setMembershipId(e.target.value)} error={form.errorFor('membershipId')}>
        <option value="">{t('picker.choose')}</option>
        {seats.map((m) => (
          <option key={m.id} value={m.id}>
            {m.person.name}
          </option>
        ))}
      </SelectField>
      <Textfield id={fieldId(formId, 'reason')} label={labels.reason} description={t('governanceAdmin.conflicts.reasonHelp')} multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={form.errorFor('reason')} />
      <StatusMessage message={status} />
      <div>
        <Button type="submit" disabled={declare.isPending}>
          {t('governanceAdmin.conflicts.declareButton')}
        </Button>
      </div>
    </form>
  );
}

function RulingForm({ conflict, members }: { conflict: Conflict; members: readonly Membership[] }) {
  const { t } = useTranslation();
  const rule = useRuleConflict();
  const [ruling, setRuling] = useState<string>(conflict.ruling ?? '');
  // The member's personal deputy first; any other current member may also take the seat.
  const deputies = members.filter((m) => m.isCurrent && m.id !== conflict.membershipId).sort((a, b) => Number(b.deputyFor?.id === conflict.membershipId) - Number(a.deputyFor?.id === conflict.membershipId));
  const [deputy, setDeputy] = useState(conflict.deputy?.membershipId ?? deputies.find((m) => m.deputyFor?.id === conflict.membershipId)?.id ?? '');
  const id = `ruling-${conflict.id}`;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!ruling) return;
    rule.mutate({ id: conflict.id, body: { ruling: ruling as Conflict['ruling'] & string, deputyMembershipId: ruling === 'disqualified' && deputy ? deputy : null } });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm subform">
      {rule.error ? <RefusalAlert error={rule.error} /> : null}
      <SelectField id={`${id}-ruling`} label={t('governanceAdmin.conflicts.ruling', { name: conflict.memberName })} value={ruling} onChange={(e) => setRuling(e.target.value)}>
        <ChoiceOptions values={CONFLICT_RULINGS} label={(r) => t(`governanceAdmin.conflicts.ruled.${r}`)} />
      </SelectField>
      {ruling === 'disqualified' ? (
        <SelectField id={`${id}-deputy`} label={t('governanceAdmin.conflicts.deputy')} value={deputy} onChange={(e) => setDeputy(e.target.value)}>
          <option value="">{t('governanceAdmin.conflicts.noDeputy')}</option>
          {deputies.map((m) => (
            <option key={m.id} value={m.id}>
              {m.person.name}
              {m.deputyFor ? ` (${t(`governanceAdmin.memberRole.${m.role}`)} ${t('governanceAdmin.members.forName', { name: m.deputyFor.name })})` : ''}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" data-size="sm" disabled={!ruling || rule.isPending}>
          {t('governanceAdmin.conflicts.saveRuling', { name: conflict.memberName })}
        </Button>
      </div>
    </form>
  );
}
