import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Decision } from '../../../../shared/contracts/governance-meetings';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LocalizedParagraphs, useLocalized } from '../../../components/LocalizedText';
import { formatDay } from './governance-format';
import { bodyPath, meetingPath } from './governance-parts';

/** "Unntatt offentlighet, offl. § 13": all the public reads of an exempt case. */
export function ExemptNote({ basis }: { basis: string | null }) {
  const { t } = useTranslation();
  return <Paragraph className="governance-exempt">{basis ? t('governancePublic.exempt.withBasis', { basis }) : t('governancePublic.exempt.plain')}</Paragraph>;
}

function DecisionEntry({ decision, slug, level, showBody }: { decision: Decision; slug: string; level: 2 | 3; showBody: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(decision.title);
  const body = useLocalized(decision.body.name);
  return (
    <li className="governance-decision stack-sm">
      <Heading level={level} data-size="xs">
        <AppLink to={`${meetingPath(slug, decision.meetingId)}#sak-${decision.itemId}`}>
          {t('governancePublic.caseNumber', { number: decision.number })} <span lang={title.lang}>{title.text}</span>
        </AppLink>
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('governancePublic.decisions.outcome')}</dt>
          <dd>
            <Tag data-size="sm" data-color="neutral">
              {t(`governancePublic.outcome.${decision.outcome}`)}
            </Tag>
          </dd>
        </div>
        {showBody ? (
          <div>
            <dt>{t('governancePublic.decisions.body')}</dt>
            <dd>
              <AppLink to={bodyPath(slug, decision.body.id)} lang={body.lang}>
                {body.text}
              </AppLink>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('governancePublic.decisions.date')}</dt>
          <dd>{formatDay(decision.decidedAt, locale)}</dd>
        </div>
      </dl>
      {decision.isExempt ? <ExemptNote basis={decision.exemptionBasis} /> : null}
      <LocalizedParagraphs text={decision.decisionText} />
    </li>
  );
}

/** Decisions, newest first as the API gives them, each with its outcome, body, number and date. */
export function DecisionList({ decisions, slug, level, showBody }: { decisions: readonly Decision[]; slug: string; level: 2 | 3; showBody: boolean }) {
  return (
    <ol className="plain-list stack governance-decisions">
      {decisions.map((d) => (
        <DecisionEntry key={d.itemId} decision={d} slug={slug} level={level} showBody={showBody} />
      ))}
    </ol>
  );
}
