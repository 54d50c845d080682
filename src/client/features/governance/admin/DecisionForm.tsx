import { useState, type FormEvent } from 'react';
import { Button, Details, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Membership } from '../../../../shared/contracts/governance-bodies';
import { DecisionInput, type AgendaItem, type MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { ITEM_OUTCOMES, VOTES, type Vote } from '../../../../shared/domain/governance';
import { LOCALES, pickText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { StatusMessage } from '../../../components/StatusMessage';
import { decisionPayload, decisionValues, votesSent } from './decision-values';
import { showFailure, withGovernanceMessages } from './form-support';
import { useBodies, useRecordDecision } from './governance-admin.queries';

/** Records the body's decision on an item: outcome, adopted text, where it goes on, and the votes if counted. */
export function DecisionForm({ item, detail, members }: { item: AgendaItem; detail: MeetingDetail; members: readonly Membership[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const record = useRecordDecision(detail.meeting.id);
  const bodies = useBodies(detail.programme.id);
  const form = useFormErrors();
  const formId = `decision-${item.id}`;
  const [v, setV] = useState(() => decisionValues(item));
  const [status, setStatus] = useState<string | null>(null);
  const voters = members.filter((m) => m.isCurrent && m.hasVote);
  const voterIds = voters.map((m) => m.id);
  const sent = votesSent(v, voterIds);
  const indexOf = (membershipId: string) => sent.findIndex((s) => s.membershipId === membershipId);

  const labels: Record<string, string> = { outcome: t('governanceAdmin.decision.outcome') };
  for (const l of LOCALES) labels[`decisionText.${l}`] = t('governanceAdmin.textIn', { field: t('governanceAdmin.decision.text'), language: t(`language.${l}`) });
  labels.forwardedToBodyId = t('governanceAdmin.decision.forwardedTo');
  sent.forEach((s, i) => {
    const name = voters.find((m) => m.id === s.membershipId)?.person.name ?? '';
    for (const p of [`votes.${i}`, `votes.${i}.vote`, `votes.${i}.membershipId`]) labels[p] = t('governanceAdmin.decision.voteOf', { name });
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(DecisionInput, decisionPayload(v, voterIds));
    if (!parsed.ok) return form.setMessages(withGovernanceMessages(parsed.messages));
    form.clear();
    try {
      await record.mutateAsync({ itemId: item.id, body: parsed.data });
      setStatus(t('governanceAdmin.decision.saved'));
    } catch (err) {
      showFailure(form, err);
    }
  };
  const voteError = (id: string) => {
    const i = indexOf(id);
    return i < 0 ? undefined : (form.errorFor(`votes.${i}.membershipId`) ?? form.errorFor(`votes.${i}.vote`) ?? form.errorFor(`votes.${i}`));
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm subform">
      <Heading level={4} data-size="2xs">
        {item.outcome ? t('governanceAdmin.decision.change') : t('governanceAdmin.decision.record')}
      </Heading>
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField id={fieldId(formId, 'outcome')} label={labels.outcome} value={v.outcome} onChange={(e) => setV((s) => ({ ...s, outcome: e.target.value }))} error={form.errorFor('outcome')}>
        <ChoiceOptions values={ITEM_OUTCOMES} label={(o) => t(`governanceAdmin.outcome.${o}`)} />
      </SelectField>
      <LocalizedTextFields formId={formId} field="decisionText" legend={t('governanceAdmin.decision.text')} description={t('governanceAdmin.decision.textHelp')} rows={3} labels={labels} values={v.decisionText} errorFor={form.errorFor} onChange={(lang, value) => setV((s) => ({ ...s, decisionText: { ...s.decisionText, [lang]: value } }))} />
      {v.outcome === 'forwarded' ? (
        <SelectField id={fieldId(formId, 'forwardedToBodyId')} label={labels.forwardedToBodyId} value={v.forwardedToBodyId} onChange={(e) => setV((s) => ({ ...s, forwardedToBodyId: e.target.value }))} error={form.errorFor('forwardedToBodyId')}>
          <option value="">{t('picker.choose')}</option>
          {(bodies.data?.bodies ?? [])
            .filter((b) => b.id !== detail.meeting.body.id)
            .map((b) => (
              <option key={b.id} value={b.id}>
                {pickText(b.name, locale).text}
              </option>
            ))}
        </SelectField>
      ) : null}
      {voters.length > 0 ? (
        <Details defaultOpen={sent.length > 0}>
          <Details.Summary>{t('governanceAdmin.decision.votes')}</Details.Summary>
          <Details.Content>
            <div className="stack-sm">
              {voters.map((m) => {
                const i = indexOf(m.id);
                return (
                  <SelectField
                    key={m.id}
                    id={i >= 0 ? fieldId(formId, `votes.${i}.vote`) : `${formId}-vote-${m.id}`}
                    label={t('governanceAdmin.decision.voteOf', { name: m.person.name })}
                    value={v.votes[m.id] ?? ''}
                    onChange={(e) => setV((s) => ({ ...s, votes: { ...s.votes, [m.id]: e.target.value as Vote | '' } }))}
                    error={voteError(m.id)}
                  >
                    <option value="">{t('governanceAdmin.decision.noVote')}</option>
                    {VOTES.map((vote) => (
                      <option key={vote} value={vote}>
                        {t(`governanceAdmin.vote.${vote}`)}
                      </option>
                    ))}
                  </SelectField>
                );
              })}
            </div>
          </Details.Content>
        </Details>
      ) : null}
      <StatusMessage message={status} />
      <div>
        <Button type="submit" disabled={record.isPending}>
          {t('governanceAdmin.decision.save')}
        </Button>
      </div>
    </form>
  );
}
