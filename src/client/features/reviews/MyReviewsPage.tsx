import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { useLocale } from '../../app/locale-context';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { LocalizedInline } from '../../components/LocalizedText';
import { PageHeading } from '../../components/PageHeading';
import { QueryFailure } from '../../components/ProgrammeGate';
import { formatDeadline } from '../calls/call-format';
import { useMyReviews } from './reviews.queries';
import './reviews.css';

/** The applications the signed-in user is assigned to review, the open ones first. */
export function MyReviewsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const mine = useMyReviews();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryFailure error={mine.error} />;
  const items = mine.data.items;
  return (
    <div className="stack">
      <PageHeading title={t('reviews.mine.title')} />
      <Paragraph>{t('reviews.mine.intro')}</Paragraph>
      {items.length === 0 ? <Paragraph>{t('reviews.mine.none')}</Paragraph> : null}
      <ul className="plain-list stack-sm">
        {items.map((r) => (
          <li key={r.id} className="review-card stack-sm">
            <Heading level={2} data-size="2xs">
              <AppLink to={`/admin/vurderinger/${r.id}`}>{r.applicationTitle}</AppLink>
            </Heading>
            <Paragraph data-size="sm">
              {r.organisation.name} · <LocalizedInline text={r.callTitle} />
            </Paragraph>
            <div className="tags">
              <Tag data-size="sm" data-color={r.status === 'assigned' ? 'warning' : r.status === 'submitted' ? 'success' : 'neutral'}>
                {t(`reviews.status.${r.status}`)}
              </Tag>
              <span className="muted">
                {r.submittedAt ? t('reviews.mine.submittedAt', { at: formatDeadline(r.submittedAt, locale) }) : t('reviews.mine.assignedAt', { at: formatDeadline(r.assignedAt, locale) })}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
