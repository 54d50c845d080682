import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Plan } from '../../../../../shared/contracts/development';
import { useTranslation } from '../../../../app/translation';
import { AppLink } from '../../../../components/AppLink';
import { Loading } from '../../../../components/Loading';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useProgramme } from '../../../programmes/programmes.queries';
import { IllustrativeNotice } from '../../../profiles/IllustrativeNotice';
import { ProfileTable } from '../../../profiles/ProfileTable';
import { useAreaProfile } from '../../../profiles/profiles.queries';
import '../../../../components/statistics/statistics.css';

/**
 * "Where are we?" opens with the municipality's area profile from the knowledge base: the
 * indicators the development programme chose, against its reference areas (the county, the
 * country), as the programme's statistics pages show it.
 */
export function AreaProfileBlock({ plan, programmeSlug }: { plan: Plan; programmeSlug: string }) {
  const { t } = useTranslation();
  const areaCode = plan.areaCode;
  const programme = useProgramme(programmeSlug);
  const profile = useAreaProfile(areaCode ? plan.programmeId : undefined, areaCode ?? '');
  const headingId = 'plan-area-profile';
  return (
    <section aria-labelledby={headingId} className="stack-sm plan-profile">
      <Heading level={3} data-size="xs" id={headingId}>
        {profile.data
          ? t('developmentGroups.plan.profileOf', { area: profile.data.area.name })
          : t('developmentGroups.plan.profile')}
      </Heading>
      {!areaCode ? (
        <Paragraph>{t('developmentGroups.plan.noArea')}</Paragraph>
      ) : profile.isPending || programme.isPending ? (
        <Loading />
      ) : profile.isError || programme.isError ? (
        <ProblemAlert error={profile.error ?? programme.error} />
      ) : (
        <>
          <Paragraph>{t('developmentGroups.plan.profileIntro')}</Paragraph>
          {profile.data.rows.some((r) => r.indicator.isIllustrative) ? (
            <IllustrativeNotice plural />
          ) : null}
          {profile.data.rows.length === 0 ? (
            <Paragraph>{t('profiles.statistics.noIndicators')}</Paragraph>
          ) : (
            <ProfileTable programme={programme.data} profile={profile.data} />
          )}
          <Paragraph>
            <AppLink
              to={`/program/${programme.data.slug}/statistikk/omrade/${encodeURIComponent(areaCode)}`}
            >
              {t('developmentGroups.plan.fullProfile', { area: profile.data.area.name })}
            </AppLink>
          </Paragraph>
        </>
      )}
    </section>
  );
}
