import { Heading } from '@digdir/designsystemet-react';
import type { Lesson } from '../../../shared/contracts/reports';
import { LESSON_KINDS } from '../../../shared/domain/reports';
import { useTranslation } from '../../app/translation';

/** The lessons of a completion report by kind: what worked, what did not, advice to others. */
export function LessonLists({ lessons, level }: { lessons: Lesson[]; level: 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <>
      {LESSON_KINDS.map((kind) => {
        const of = lessons.filter((l) => l.kind === kind);
        return of.length ? (
          <div key={kind} className="stack-sm">
            <Heading level={level} data-size="xs">
              {t(`reports.lessonKinds.${kind}`)}
            </Heading>
            <ul>
              {of.map((l, i) => (
                <li key={i}>{l.text}</li>
              ))}
            </ul>
          </div>
        ) : null;
      })}
    </>
  );
}
