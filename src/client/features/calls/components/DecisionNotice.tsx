import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Application } from '../../../../shared/contracts/calls';
import { applicationsRoutes } from '../../../../shared/contracts/routes';
import { urlOf } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LocalizedInline } from '../../../components/LocalizedText';
import { formatDate, formatMoney } from '../../portfolio/portfolio-format';

/**
 * The body's decision on an application, for the applicant and the secretariat: the outcome, the
 * amount granted and the conditions, the decision letter as PDF, and the project a grant created.
 */
export function DecisionNotice({ application }: { application: Application }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const d = application.decision;
  if (!d) return null;
  const amount = d.grantedAmount !== null ? formatMoney(d.grantedAmount, 'NOK', locale) : '';
  return (
    <section aria-labelledby="application-decision-heading" className="stack-sm decision-notice">
      <Heading level={2} data-size="sm" id="application-decision-heading">
        {t('applications.decision.heading')}
      </Heading>
      <Paragraph>{t(`applications.decision.outcome.${d.outcome}`, { amount, date: formatDate(d.decidedAt.slice(0, 10), locale) })}</Paragraph>
      {d.conditions ? (
        <Paragraph>
          <strong>{t('applications.decision.conditions')}</strong> <LocalizedInline text={d.conditions} />
        </Paragraph>
      ) : null}
      <ul className="plain-list stack-sm">
        <li>
          <Link href={urlOf(applicationsRoutes.decisionLetter, { params: { id: application.id }, query: { lang: locale } })}>{t('applications.decision.letter')}</Link>
        </li>
        {d.projectId ? (
          <li>
            <AppLink to={`/admin/prosjekter/${d.projectId}`}>{t('applications.decision.project')}</AppLink>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
