import { useEffect, useState } from 'react';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useParams } from 'react-router';
import type { GroupDetail, Plan } from '../../../../../shared/contracts/development';
import { useTranslation } from '../../../../app/translation';
import { useLocale } from '../../../../app/locale-context';
import { AppLink } from '../../../../components/AppLink';
import { Loading } from '../../../../components/Loading';
import { PageHeading } from '../../../../components/PageHeading';
import { QueryFailure } from '../../../../components/ProgrammeGate';
import { SectionNav, type PageSection } from '../../../../components/SectionNav';
import {
  groupAdminPath,
  planDocxUrl,
  planPdfUrl,
  publicPlanPath,
  useDevelopmentOverview,
  useGroup,
  usePlan,
} from '../../development.queries';
import { formatInstant } from '../group-format';
import { GroupSection } from '../GroupSection';
import { PlanConversion } from './PlanConversion';
import { PlanEditor } from './PlanEditor';
import { usePartTitles } from './PlanPart';
import { PlanView } from './PlanView';
import { PLAN_PARTS } from '../../../../../shared/domain/development';
import '../groups.css';

/** The group's development plan in its four parts, from "Where are we?" to "How do we get there?". */
export function PlanPage() {
  const { id = '' } = useParams();
  const group = useGroup(id);
  const plan = usePlan(id);
  if (group.isPending || plan.isPending) return <Loading />;
  if (group.isError) return <QueryFailure error={group.error} />;
  if (plan.isError) return <QueryFailure error={plan.error} />;
  return <PlanScreen detail={group.data} plan={plan.data} reload={() => plan.refetch()} />;
}

function PlanScreen({
  detail,
  plan,
  reload,
}: {
  detail: GroupDetail;
  plan: Plan;
  reload(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { hash } = useLocation();
  const overview = useDevelopmentOverview(plan.programmeId);
  const titles = usePartTitles(overview.data?.settings);
  // A fresh editor (filled from the newest plan) after someone else's save was found.
  const [edition, setEdition] = useState(0);
  const canConvert = plan.canWrite || detail.canManage;
  const sections: PageSection[] = [
    ...PLAN_PARTS.map((part) => ({ id: `plan-${part}`, title: titles[part].text })),
    ...(canConvert || plan.convertedProgramme
      ? [{ id: 'plan-programme', title: t('developmentGroups.convert.title') }]
      : []),
  ];
  // A link to one part (from a homework task) lands on its heading once the page is drawn.
  useEffect(() => {
    const target = hash
      ? document.getElementById(`${decodeURIComponent(hash.slice(1))}-heading`)
      : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }, [hash]);
  const slug = detail.cohort.programmeSlug;
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={groupAdminPath(detail.group.id)}>
          {t('developmentGroups.plan.back', { organisation: detail.group.organisationName })}
        </AppLink>
      </Paragraph>
      <PageHeading
        title={t('developmentGroups.plan.title', { organisation: plan.organisationName })}
      />
      <Paragraph>
        {t(
          plan.canWrite ? 'developmentGroups.plan.introWrite' : 'developmentGroups.plan.introRead',
        )}
      </Paragraph>
      <ul className="plain-list plan-meta">
        <li className="muted">
          {plan.updatedAt
            ? t('developmentGroups.plan.updatedAt', { at: formatInstant(plan.updatedAt, locale) })
            : t('developmentGroups.plan.notSaved')}
        </li>
        <li>
          <Link href={planPdfUrl(plan.groupId, locale)}>
            {t('developmentGroups.plan.exportPdf')}
          </Link>
        </li>
        <li>
          <Link href={planDocxUrl(plan.groupId, locale)}>
            {t('developmentGroups.plan.exportDocx')}
          </Link>
        </li>
        {plan.isPublic ? (
          <li>
            <AppLink to={publicPlanPath(slug, plan.groupId)}>
              {t('developmentGroups.plan.publicPage')}
            </AppLink>
          </li>
        ) : null}
      </ul>
      <SectionNav label={t('developmentGroups.plan.sections')} sections={sections} />
      {plan.canWrite ? (
        <PlanEditor
          key={edition}
          plan={plan}
          titles={titles}
          programmeSlug={slug}
          onReload={() => {
            void reload().then(() => setEdition((n) => n + 1));
          }}
        />
      ) : (
        <PlanView plan={plan} titles={titles} programmeSlug={slug} />
      )}
      {canConvert || plan.convertedProgramme ? (
        <GroupSection id="plan-programme" title={t('developmentGroups.convert.title')}>
          <PlanConversion plan={plan} />
        </GroupSection>
      ) : null}
    </div>
  );
}
