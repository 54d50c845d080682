import { useId, useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { AreaProfile } from '../../../shared/contracts/profiles';
import type { Programme } from '../../../shared/contracts/programmes';
import { isApiError } from '../../app/api';
import { useLocale, useLocalePath } from '../../app/locale-context';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/forms/SelectField';
import { DownloadLinks } from '../../components/statistics/DownloadLinks';
import { SourceList } from '../../components/statistics/SourceList';
import { useLocalized } from '../../components/LocalizedText';
import { IllustrativeNotice } from './IllustrativeNotice';
import { ProfileTable } from './ProfileTable';
import { profileExportUrl, profilePdfUrl, useAreaProfile } from './profiles.queries';
import { StatisticsBreadcrumbs, StatisticsSection, useAreaList, WithProgrammeStatistics } from './StatisticsFrame';
import { AreaName, fillSlots, slot, useAreaNameLang, useAreaNameList } from '../../components/statistics/AreaName';

/** "Where are we?" for one area: every indicator of the programme against the reference areas. */
export default function AreaProfilePage() {
  const { slug = '', areaCode = '' } = useParams();
  return (
    <WithProgrammeStatistics slug={slug}>
      {(programme, statistics) => <ProfileLoader programme={programme} statistics={statistics} areaCode={areaCode} />}
    </WithProgrammeStatistics>
  );
}

function ProfileLoader({ programme, statistics, areaCode }: { programme: Programme; statistics: ProgrammeStatistics; areaCode: string }) {
  const profile = useAreaProfile(programme.id, areaCode);
  if (profile.isPending) return <Loading />;
  if (profile.isError) {
    if (isApiError(profile.error) && (profile.error.code === 'NOT_FOUND' || profile.error.status === 404)) return <NotFoundPage />;
    return <LoadFailed error={profile.error} />;
  }
  return <ProfileView programme={programme} statistics={statistics} profile={profile.data} />;
}

function ProfileView({ programme, statistics, profile }: { programme: Programme; statistics: ProgrammeStatistics; profile: AreaProfile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const programmeName = useLocalized(programme.name);
  const areaList = useAreaList();
  const references = areaList(profile.referenceAreas.map((a) => a.name));
  const areaLang = useAreaNameLang();
  const areaNames = useAreaNameList();
  const introKey = profile.referenceAreas.length > 0 ? 'profiles.profile.intro' : 'profiles.profile.introNoReferences';
  // As text for the page's description; on the page with each area's name in its own language.
  const intro = t(introKey, { area: profile.area.name, references });
  const introShown = fillSlots(t(introKey, { area: slot('area'), references: slot('references') }), {
    area: <AreaName name={profile.area.name} />,
    references: areaNames(profile.referenceAreas.map((a) => a.name)),
  });
  return (
    <article className="stack profile-page">
      <StatisticsBreadcrumbs programme={programme} current={{ label: profile.area.name, lang: areaLang }} />
      <PageHeading title={t('profiles.profile.documentTitle', { area: profile.area.name, programme: programmeName.text })} description={intro} lang={areaLang}>
        {profile.area.name}
      </PageHeading>
      <Paragraph data-size="lg">{introShown}</Paragraph>
      {statistics.focusAreas.length > 1 ? <AreaSwitcher key={profile.area.code} programme={programme} statistics={statistics} current={profile.area.code} /> : null}
      {profile.rows.some((r) => r.indicator.isIllustrative) ? <IllustrativeNotice plural /> : null}
      <StatisticsSection id="indicators" title={t('profiles.profile.tableTitle')}>
        {profile.rows.length === 0 ? (
          <Paragraph>{t('profiles.statistics.noIndicators')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('profiles.profile.tableIntro')}</Paragraph>
            <ProfileTable programme={programme} profile={profile} />
          </>
        )}
      </StatisticsSection>
      <StatisticsSection id="sources" title={t('profiles.sources.title')}>
        <SourceList sources={profile.sources} />
      </StatisticsSection>
      <StatisticsSection id="download" title={t('profiles.download.title')}>
        <DownloadLinks
          description={t('profiles.download.profileDescription', { area: profile.area.name })}
          csv={profileExportUrl(programme.id, profile.area.code, 'csv', locale)}
          jsonstat={profileExportUrl(programme.id, profile.area.code, 'jsonstat', locale)}
          pdf={profilePdfUrl(programme.id, profile.area.code, locale)}
        />
      </StatisticsSection>
    </article>
  );
}

/**
 * Another area's profile. A select that navigated on change would move keyboard and screen
 * reader users away while they browse the options, so the choice takes effect on "Show".
 */
function AreaSwitcher({ programme, statistics, current }: { programme: Programme; statistics: ProgrammeStatistics; current: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const href = useLocalePath();
  const [choice, setChoice] = useState(current);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice !== current) void navigate(href(`/program/${programme.slug}/statistikk/omrade/${choice}`));
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <SelectField id={id} label={t('profiles.profile.switchArea')} value={choice} onChange={(e) => setChoice(e.target.value)}>
        {statistics.focusAreas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary">
        {t('profiles.show')}
      </Button>
    </form>
  );
}
