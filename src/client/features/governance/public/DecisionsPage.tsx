import { Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { useProgramme } from '../../programmes/programmes.queries';
import { DecisionList } from './DecisionList';
import { FileLink, governancePath, PageLinks, usePageNumber, useProgrammeFeeds } from './governance-parts';
import { DECISIONS_PER_PAGE, governanceLinks, useProgrammeDecisions } from './governance.queries';
import type { DecisionPage } from '../../../../shared/contracts/governance-meetings';
import './governance-public.css';

/** The decisions of a programme's bodies, newest first, a page at a time. */
export default function DecisionsPage() {
  const { slug = '' } = useParams();
  const page = usePageNumber();
  const programme = useProgramme(slug);
  const decisions = useProgrammeDecisions(programme.data?.id, (page - 1) * DECISIONS_PER_PAGE);
  if (programme.isPending || (programme.isSuccess && decisions.isPending)) return <Loading />;
  const error = programme.error ?? decisions.error;
  if (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <DecisionsView programme={programme.data!} decisions={decisions.data!} page={page} />;
}

function DecisionsView({ programme, decisions, page }: { programme: Programme; decisions: DecisionPage; page: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  useProgrammeFeeds(programme.id, name.text);
  return (
    <article className="stack governance-page">
      <Paragraph data-size="sm">
        <AppLink to={governancePath(programme.slug)}>{t('governancePublic.backToGovernance', { name: name.text })}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('governancePublic.decisions.pageTitle')} – ${name.text}`} description={t('governancePublic.decisions.intro', { name: name.text })}>
        {t('governancePublic.decisions.pageTitle')}
      </PageHeading>
      <Paragraph>{t('governancePublic.decisions.intro', { name: name.text })}</Paragraph>
      <Paragraph>
        <FileLink href={governanceLinks.decisionFeed(programme.id, locale)} format="RSS">
          {t('governancePublic.feeds.decisions')}
        </FileLink>
      </Paragraph>
      {decisions.total === 0 ? <Paragraph>{t('governancePublic.decisions.none')}</Paragraph> : null}
      <DecisionList decisions={decisions.items} slug={programme.slug} level={2} showBody />
      <PageLinks page={page} total={decisions.total} perPage={DECISIONS_PER_PAGE} label={t('governancePublic.decisions.paging')} />
    </article>
  );
}
