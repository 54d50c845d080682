import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { useLocale } from '../../app/locale-context';
import type { FigureAge } from '../../../shared/contracts/profiles';
import { formatPeriod } from '../../../shared/domain/periods';

/**
 * Says that the figures shown are older than their indicator allows (FigureAge), with their
 * period and age in words, so a fifteen-year-old figure is never read as today's.
 */
export function AgeNotice({ period, age }: { period: string | null; age: FigureAge | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!period || !age?.isOutdated) return null;
  return (
    <Alert data-color="warning" className="age-notice">
      <Paragraph>{t('profiles.age.outdated', { period: formatPeriod(period, locale), count: age.years, max: age.maxYears })}</Paragraph>
    </Alert>
  );
}
