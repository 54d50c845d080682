import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { useLocalized } from '../../components/LocalizedText';
import type { GoalEffort } from './goal-efforts';

/** The efforts of published action programmes that serve a goal, each linked to its place in its action programme. */
export function GoalEffortsList({
  efforts,
  slug,
  level,
}: {
  efforts: readonly GoalEffort[] | undefined;
  slug: string;
  level: 3 | 4 | 5 | 6;
}) {
  const { t } = useTranslation();
  if (!efforts || efforts.length === 0) return null;
  return (
    <div className="stack-sm goal-efforts">
      <Heading level={level} data-size="2xs">
        {t('goals.efforts.heading')}
      </Heading>
      <ul>
        {efforts.map((e) => (
          <EffortLink key={e.id} effort={e} slug={slug} />
        ))}
      </ul>
    </div>
  );
}

function EffortLink({ effort, slug }: { effort: GoalEffort; slug: string }) {
  const { t } = useTranslation();
  const title = useLocalized(effort.title);
  const programme = useLocalized(effort.actionProgramme.title);
  return (
    <li>
      <AppLink
        to={`/program/${slug}/handlingsprogram/${effort.actionProgramme.id}#effort-${effort.id}`}
        lang={title.lang}
      >
        {title.text}
      </AppLink>{' '}
      <span className="muted">{t('goals.efforts.inProgramme', { title: programme.text })}</span>
    </li>
  );
}
