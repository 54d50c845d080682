import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { BodyDetail, Membership } from '../../../../shared/contracts/governance-bodies';
import { useLocale } from '../../../app/locale-context';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ScrollTable } from '../../../components/ScrollTable';
import { StatusMessage } from '../../../components/StatusMessage';
import { AdminSection } from './AdminSection';
import { formatDate } from './format';
import { todayIso } from './form-support';
import { useAddMember, useBody, useUpdateMember } from './governance-admin.queries';
import { MemberForm } from './MemberForm';

/** The body's members: current ones (and past ones on request), a new member, ending a seat. */
export function MembersSection({ detail }: { detail: BodyDetail }) {
  const { t } = useTranslation();
  const [history, setHistory] = useState(false);
  const withHistory = useBody(detail.body.id, true, history);
  const members = history ? (withHistory.data?.members ?? detail.members) : detail.members;
  const add = useAddMember(detail.body.id);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <AdminSection id="body-members" title={t('governanceAdmin.members.title')}>
      <Checkbox label={t('governanceAdmin.members.showPast')} checked={history} onChange={(e) => setHistory(e.target.checked)} />
      <StatusMessage message={status} />
      {members.length === 0 ? <Paragraph>{t('governanceAdmin.members.none')}</Paragraph> : <MemberTable members={members} onEnded={(name) => setStatus(t('governanceAdmin.members.ended', { name }))} />}
      <Heading level={3} data-size="sm">
        {t('governanceAdmin.members.new')}
      </Heading>
      <MemberForm
        members={detail.members}
        saving={add.isPending}
        onSave={async (data) => {
          setStatus(null);
          const m = await add.mutateAsync(data);
          setStatus(t('governanceAdmin.members.added', { name: m.person.name }));
        }}
      />
    </AdminSection>
  );
}

function MemberTable({ members, onEnded }: { members: readonly Membership[]; onEnded(name: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ScrollTable label={t('governanceAdmin.members.title')}>
      <Table zebra className="gov-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('governanceAdmin.members.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('governanceAdmin.members.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('governanceAdmin.members.period')}</Table.HeaderCell>
            <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>
                {m.person.name}
                {m.organisation ? <span className="muted"> ({m.organisation.name})</span> : null}
              </Table.Cell>
              <Table.Cell>
                {t(`governanceAdmin.memberRole.${m.role}`)}
                {m.deputyFor ? ` ${t('governanceAdmin.members.forName', { name: m.deputyFor.name })}` : null}
                {m.hasVote ? null : (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="neutral">
                      {t('governanceAdmin.members.noVote')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>
                {formatDate(m.validFrom, locale)}–{formatDate(m.validTo, locale)}
                {m.isCurrent ? null : (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="neutral">
                      {t('governanceAdmin.members.past')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>{m.isCurrent && !m.validTo ? <EndMembership member={m} onEnded={onEnded} /> : null}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

/** Ends a seat: its last day, today unless another is chosen. */
function EndMembership({ member, onEnded }: { member: Membership; onEnded(name: string): void }) {
  const { t } = useTranslation();
  const update = useUpdateMember();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState(todayIso());
  const id = `member-end-${member.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: member.id, body: { validTo: to } }, { onSuccess: () => onEnded(member.person.name) });
  };
  if (!open) {
    return (
      <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)} aria-label={t('governanceAdmin.members.endNamed', { name: member.person.name })}>
        {t('governanceAdmin.members.end')}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} className="stack-sm" noValidate>
      {update.error ? <ProblemAlert error={update.error} /> : null}
      <Textfield id={id} type="date" data-size="sm" label={t('governanceAdmin.members.lastDay', { name: member.person.name })} value={to} onChange={(e) => setTo(e.target.value)} />
      <div className="form-actions">
        <Button type="submit" data-size="sm" disabled={update.isPending}>
          {t('governanceAdmin.members.end')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
