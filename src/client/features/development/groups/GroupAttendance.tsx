import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { GroupDetail } from '../../../../shared/contracts/development';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatInstantDay } from './group-format';

/** Who came to each gathering held (the office records it on the cohort's page). */
export function GroupAttendance({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const held = detail.gatherings
    .filter((g) => g.isHeld)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  if (held.length === 0) return <Paragraph>{t('developmentGroups.attendance.noneHeld')}</Paragraph>;
  if (detail.members.length === 0)
    return <Paragraph>{t('developmentGroups.members.none')}</Paragraph>;
  const caption = t('developmentGroups.attendance.caption', {
    organisation: detail.group.organisationName,
  });
  return (
    <div className="stack-sm">
      <Paragraph>
        {t(
          detail.canManage
            ? 'developmentGroups.attendance.introOffice'
            : 'developmentGroups.attendance.intro',
        )}
      </Paragraph>
      <ScrollTable label={caption}>
        <Table data-size="sm" className="attendance-table">
          <caption className="ds-sr-only">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('developmentGroups.members.name')}</Table.HeaderCell>
              {held.map((g) => (
                <Table.HeaderCell key={g.eventId}>
                  {g.title}
                  <span className="cell-detail">{formatInstantDay(g.startsAt, locale)}</span>
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {detail.members.map((m) => (
              <Table.Row key={m.id}>
                <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                {held.map((g) => {
                  const mark = g.attendance.find((a) => a.memberId === m.id);
                  const word =
                    mark === undefined ? 'notMarked' : mark.attended ? 'present' : 'absent';
                  return (
                    <Table.Cell key={g.eventId} className={`attendance-${word}`}>
                      {t(`developmentGroups.attendance.${word}`)}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </div>
  );
}
