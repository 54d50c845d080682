import { useMemo, useState, type FormEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Button, Checkbox, Paragraph, Table } from '@digdir/designsystemet-react';
import type {
  CohortDetail,
  Gathering,
  GroupDetail,
} from '../../../../shared/contracts/development';
import { developmentRoutes } from '../../../../shared/contracts/routes';
import { call } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { SelectField } from '../../../components/forms/SelectField';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatEventTime } from '../../events/event-format';
import { developmentKeys, useMarkAttendance } from '../development.queries';

/** The gathering to mark first: the last one held, else the first ahead. */
export function defaultGathering(gatherings: readonly Gathering[]): string {
  const held = gatherings.filter((g) => g.isHeld);
  return (held[held.length - 1] ?? gatherings[0])?.eventId ?? '';
}

/** Who was marked present at the gathering, by member id. */
export function marksOf(groups: readonly GroupDetail[], eventId: string): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const g of groups) {
    const gathering = g.gatherings.find((x) => x.eventId === eventId);
    for (const m of g.members)
      out[m.id] = gathering?.attendance.find((a) => a.memberId === m.id)?.attended ?? false;
  }
  return out;
}

/**
 * Attendance at one gathering: every member of the groups that accepted, with a box ticked for
 * each who came, saved together.
 */
export function Attendance({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [eventId, setEventId] = useState(() => defaultGathering(cohort.gatherings));
  const accepted = cohort.groups.filter((g) => g.status === 'accepted');
  const details = useQueries({
    queries: accepted.map((g) => ({
      queryKey: developmentKeys.group(g.id),
      queryFn: () => call(developmentRoutes.group, { params: { id: g.id } }),
    })),
  });
  if (cohort.gatherings.length === 0)
    return <Paragraph>{t('development.office.attendance.noGatherings')}</Paragraph>;
  if (accepted.length === 0)
    return <Paragraph>{t('development.office.attendance.noGroups')}</Paragraph>;
  const failed = details.find((d) => d.isError);
  const groups = details.map((d) => d.data).filter((d): d is GroupDetail => d !== undefined);
  const gathering = cohort.gatherings.find((g) => g.eventId === eventId);

  return (
    <div className="stack">
      <SelectField
        id="attendance-gathering"
        label={t('development.office.attendance.gathering')}
        value={eventId}
        onChange={(e) => setEventId(e.target.value)}
      >
        {cohort.gatherings.map((g) => (
          <option key={g.eventId} value={g.eventId}>
            {`${g.title} – ${formatEventTime(g.startsAt, g.endsAt, locale)}`}
          </option>
        ))}
      </SelectField>
      {failed?.error ? <LoadFailed error={failed.error} /> : null}
      {groups.length < accepted.length && !failed ? <Loading /> : null}
      {gathering && groups.length === accepted.length ? (
        <AttendanceForm
          key={`${eventId}-${groups.map((g) => g.members.length).join()}`}
          gathering={gathering}
          groups={groups}
        />
      ) : null}
    </div>
  );
}

function AttendanceForm({ gathering, groups }: { gathering: Gathering; groups: GroupDetail[] }) {
  const { t } = useTranslation();
  const initial = useMemo(() => marksOf(groups, gathering.eventId), [groups, gathering.eventId]);
  const [marks, setMarks] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const save = useMarkAttendance(gathering.eventId);
  const present = Object.values(marks).filter(Boolean).length;
  const total = Object.keys(marks).length;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    save.mutate(
      Object.entries(marks).map(([memberId, attended]) => ({ memberId, attended })),
      {
        onSuccess: (r) => setStatus(t('development.office.attendance.saved', { count: r.marked })),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm">
      {!gathering.isHeld ? (
        <Paragraph data-size="sm">{t('development.office.attendance.notHeld')}</Paragraph>
      ) : null}
      {save.error ? <ProblemAlert error={save.error} /> : null}
      <ScrollTable
        label={t('development.office.attendance.tableLabel', { title: gathering.title })}
      >
        <Table data-size="sm" className="office-attendance">
          <caption>
            {t('development.office.attendance.caption', { title: gathering.title, present, total })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('development.office.attendance.member')}</Table.HeaderCell>
              <Table.HeaderCell>{t('development.office.attendance.role')}</Table.HeaderCell>
              <Table.HeaderCell className="office-checkbox-cell">
                {t('development.office.attendance.attended')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          {groups.map((g) => (
            <Table.Body key={g.group.id}>
              <Table.Row>
                <Table.HeaderCell scope="rowgroup" colSpan={3}>
                  {g.group.organisationName}
                </Table.HeaderCell>
              </Table.Row>
              {g.members.length === 0 ? (
                <Table.Row>
                  <Table.Cell colSpan={3}>
                    {t('development.office.attendance.noMembers')}
                  </Table.Cell>
                </Table.Row>
              ) : null}
              {g.members.map((m) => (
                <Table.Row key={m.id}>
                  <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                  <Table.Cell>{t(`development.memberRole.${m.role}`)}</Table.Cell>
                  <Table.Cell className="office-checkbox-cell">
                    <Checkbox
                      aria-label={t('development.office.attendance.attendedBy', {
                        name: m.name,
                        organisation: g.group.organisationName,
                      })}
                      checked={marks[m.id] ?? false}
                      onChange={(e) => setMarks((x) => ({ ...x, [m.id]: e.target.checked }))}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          ))}
        </Table>
      </ScrollTable>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending || total === 0}>
          {t('development.office.attendance.save')}
        </Button>
        <ActionStatus message={status} />
      </div>
    </form>
  );
}
