import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { GroupDetail } from '../../../../shared/contracts/development';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { formatEventTime } from '../../events/event-format';
import { formatInstant, HOMEWORK_STATE_COLOUR } from './group-format';

type Entry =
  | { kind: 'gathering'; at: string; gathering: GroupDetail['gatherings'][number] }
  | { kind: 'homework'; at: string; task: GroupDetail['homework'][number] };

/** The cohort's gatherings and homework in date order, with this group's state for each task. */
export function timelineOf(detail: GroupDetail): Entry[] {
  const entries: Entry[] = [
    ...detail.gatherings.map((g) => ({ kind: 'gathering' as const, at: g.startsAt, gathering: g })),
    ...detail.homework.map((task) => ({ kind: 'homework' as const, at: task.dueAt, task })),
  ];
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function GroupTimeline({ detail, now = new Date() }: { detail: GroupDetail; now?: Date }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entries = timelineOf(detail);
  if (entries.length === 0) return <Paragraph>{t('developmentGroups.timeline.empty')}</Paragraph>;
  return (
    <ol className="group-timeline">
      {entries.map((e) => {
        if (e.kind === 'gathering') {
          const g = e.gathering;
          return (
            <li
              key={`g-${g.eventId}`}
              className={g.isHeld ? 'timeline-entry is-past' : 'timeline-entry'}
            >
              <span className="timeline-kind">{t('developmentGroups.timeline.gathering')}</span>
              <strong>{g.title}</strong>
              <span>{formatEventTime(g.startsAt, g.endsAt, locale)}</span>
              {g.place ? <span className="muted">{g.place}</span> : null}
              <span className="tags">
                <Tag data-size="sm" data-color={g.isHeld ? 'neutral' : 'info'}>
                  {t(
                    g.isHeld
                      ? 'developmentGroups.timeline.held'
                      : 'developmentGroups.timeline.ahead',
                  )}
                </Tag>
              </span>
            </li>
          );
        }
        const task = e.task;
        const overdue =
          (task.state === 'missing' || task.state === 'draft') &&
          Date.parse(task.dueAt) < now.getTime();
        return (
          <li key={`h-${task.id}`} className={`timeline-entry homework-entry state-${task.state}`}>
            <span className="timeline-kind">{t('developmentGroups.timeline.homework')}</span>
            <strong>
              <a className="ds-link" href={`#homework-${task.id}`}>
                {task.title}
              </a>
            </strong>
            <span>
              {t('developmentGroups.homework.due', { at: formatInstant(task.dueAt, locale) })}
            </span>
            <span className="tags">
              <Tag data-size="sm" data-color={HOMEWORK_STATE_COLOUR[task.state]}>
                {t(`developmentGroups.homeworkState.${task.state}`)}
              </Tag>
              {overdue ? (
                <Tag data-size="sm" data-color="danger">
                  {t('developmentGroups.homework.overdue')}
                </Tag>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
