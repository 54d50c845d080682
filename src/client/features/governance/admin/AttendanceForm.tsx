import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Membership } from '../../../../shared/contracts/governance-bodies';
import type { AttendanceInput, MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/governance';
import { RefusalAlert } from './RefusalAlert';
import { SelectField } from '../../../components/forms/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSetAttendance } from './governance-admin.queries';

interface Row {
  membershipId: string;
  name: string;
  role: Membership['role'];
  status: AttendanceStatus | '';
  substituteForId: string;
}

/** The rows: every current member, with what was recorded for them already. */
export function attendanceRows(detail: Pick<MeetingDetail, 'attendance'>, members: readonly Membership[]): Row[] {
  const recorded = new Map(detail.attendance.map((a) => [a.membershipId, a]));
  const rows: Row[] = members.filter((m) => m.isCurrent).map((m) => ({ membershipId: m.id, name: m.person.name, role: m.role, status: recorded.get(m.id)?.status ?? '', substituteForId: recorded.get(m.id)?.substituteFor?.membershipId ?? '' }));
  for (const a of detail.attendance) {
    if (!rows.some((r) => r.membershipId === a.membershipId)) rows.push({ membershipId: a.membershipId, name: a.name, role: a.role, status: a.status, substituteForId: a.substituteFor?.membershipId ?? '' });
  }
  return rows;
}

/** The attendance as the API takes it: members with no status chosen are left out; only a present member meets for another. */
export function attendancePayload(rows: readonly Row[]): AttendanceInput {
  return {
    entries: rows.filter((r) => r.status !== '').map((r) => ({ membershipId: r.membershipId, status: r.status as AttendanceStatus, substituteForId: r.status === 'present' && r.substituteForId ? r.substituteForId : null })),
  };
}

/** Each member present, absent with notice or absent; a deputy present meets for a named member. */
export function AttendanceForm({ detail, members }: { detail: MeetingDetail; members: readonly Membership[] }) {
  const { t } = useTranslation();
  const save = useSetAttendance(detail.meeting.id);
  const [rows, setRows] = useState(() => attendanceRows(detail, members));
  const [status, setStatus] = useState<string | null>(null);
  const set = (id: string, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.membershipId === id ? { ...r, ...patch } : r)));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    save.mutate(attendancePayload(rows), { onSuccess: () => setStatus(t('governanceAdmin.attendance.saved')) });
  };
  if (rows.length === 0) return <p>{t('governanceAdmin.attendance.noMembers')}</p>;
  return (
    <form onSubmit={onSubmit} className="stack-sm" noValidate>
      {save.error ? <RefusalAlert error={save.error} /> : null}
      {rows.map((r) => (
        <Fieldset key={r.membershipId} className="gov-attendance">
          <Fieldset.Legend>
            {r.name} ({t(`governanceAdmin.memberRole.${r.role}`)})
          </Fieldset.Legend>
          <div className="gov-radios">
            {ATTENDANCE_STATUSES.map((s) => (
              <Radio key={s} name={`attendance-${r.membershipId}`} value={s} label={t(`governanceAdmin.attendanceStatus.${s}`)} checked={r.status === s} onChange={() => set(r.membershipId, { status: s })} />
            ))}
          </div>
          {r.status === 'present' && (r.role === 'personal_deputy' || r.substituteForId) ? (
            <SelectField id={`attendance-${r.membershipId}-for`} label={t('governanceAdmin.attendance.meetsFor', { name: r.name })} value={r.substituteForId} onChange={(e) => set(r.membershipId, { substituteForId: e.target.value })}>
              <option value="">{t('governanceAdmin.attendance.ownSeat')}</option>
              {rows
                .filter((o) => o.membershipId !== r.membershipId && o.role !== 'personal_deputy')
                .map((o) => (
                  <option key={o.membershipId} value={o.membershipId}>
                    {o.name}
                  </option>
                ))}
            </SelectField>
          ) : null}
        </Fieldset>
      ))}
      <StatusMessage message={status} />
      <div>
        <Button type="submit" disabled={save.isPending}>
          {t('governanceAdmin.attendance.save')}
        </Button>
      </div>
    </form>
  );
}
