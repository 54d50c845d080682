import { useState } from 'react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { GroupDetail, GroupMember } from '../../../../shared/contracts/development';
import { useTranslation } from '../../../app/translation';
import { StatusMessage } from '../../../components/StatusMessage';
import { useRemoveMember } from '../development.queries';
import { MemberForm } from './MemberForm';
import { EditRemoveActions } from './EditRemoveActions';

/** The group's members with their roles; the office adds, changes and removes them. */
export function GroupMembers({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const elected = detail.members.filter((m) => m.kind === 'elected').length;
  return (
    <div className="stack">
      <Paragraph>
        {t('developmentGroups.members.summary', {
          count: detail.members.length,
          elected,
          administrative: detail.members.length - elected,
        })}
      </Paragraph>
      {detail.members.length === 0 ? (
        <Paragraph>{t('developmentGroups.members.none')}</Paragraph>
      ) : null}
      <StatusMessage message={status} />
      <ul className="plain-list member-list">
        {detail.members.map((m) => (
          <MemberItem
            key={m.id}
            groupId={detail.group.id}
            member={m}
            canManage={detail.canManage}
            onDone={setStatus}
          />
        ))}
      </ul>
      {detail.canManage ? (
        <section aria-labelledby="member-new-heading" className="stack-sm">
          <Heading level={3} data-size="xs" id="member-new-heading">
            {t('developmentGroups.members.addTitle')}
          </Heading>
          <MemberForm groupId={detail.group.id} onDone={setStatus} />
        </section>
      ) : null}
    </div>
  );
}

function MemberItem({
  groupId,
  member,
  canManage,
  onDone,
}: {
  groupId: string;
  member: GroupMember;
  canManage: boolean;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  const remove = useRemoveMember();
  return (
    <li className="member-item stack-sm">
      <div>
        <strong>{member.name}</strong>
        <span className="muted">
          {' '}
          · {t(`developmentGroups.memberRole.${member.role}`)} ·{' '}
          {t(`developmentGroups.memberKind.${member.kind}`)}
        </span>
      </div>
      <div className="tags">
        {member.isContact ? (
          <Tag data-size="sm" data-color="info">
            {t('developmentGroups.members.contact')}
          </Tag>
        ) : null}
        {member.hasAccount ? (
          <Tag data-size="sm" data-color="neutral">
            {t('developmentGroups.members.hasAccount')}
          </Tag>
        ) : null}
        {member.email ? <span className="muted">{member.email}</span> : null}
      </div>
      {canManage ? (
        <EditRemoveActions
          editText={t('developmentGroups.members.edit')}
          editName={t('developmentGroups.members.editOf', { name: member.name })}
          isEditing={isEditing}
          onToggleEdit={() => setEditing((x) => !x)}
          itemName={member.name}
          removeName={t('developmentGroups.members.removeOf', { name: member.name })}
          pending={remove.isPending}
          error={remove.error}
          onRemove={() => remove.mutate(member.id, { onSuccess: () => onDone(t('developmentGroups.members.removed', { name: member.name })) })}
        />
      ) : null}
      {canManage && isEditing ? (
        <MemberForm
          groupId={groupId}
          member={member}
          onDone={(message) => {
            setEditing(false);
            onDone(message);
          }}
        />
      ) : null}
    </li>
  );
}
