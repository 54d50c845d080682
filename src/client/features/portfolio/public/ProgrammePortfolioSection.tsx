import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { usePortfolio } from '../portfolio.queries';
import { portfolioPath } from './portfolio-paths';

const FIRST = { sort: 'startsOn', limit: 1, offset: 0 } as const;

/** The portfolio in short on the public programme page: how many projects, and the way to them. Nothing without any. */
export function ProgrammePortfolioSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const portfolio = usePortfolio(programme.id, FIRST);
  const total = portfolio.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <section aria-labelledby="portfolio-section" className="stack-sm">
      <Heading level={2} data-size="md" id="portfolio-section">
        {t('portfolio.public.title')}
      </Heading>
      <Paragraph>{t('portfolio.public.count', { count: total })}</Paragraph>
      <Paragraph>
        <AppLink to={portfolioPath(programme.slug)}>{t('portfolio.public.sectionLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
