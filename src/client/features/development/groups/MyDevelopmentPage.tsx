import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { useMe } from '../../../app/auth';
import { can } from '../../../app/permissions';
import { AppLink } from '../../../components/AppLink';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { groupAdminPath, useMyDevelopmentGroups } from '../development.queries';
import './groups.css';

/** "My development work": the participant groups the user is a member or the facilitator of. */
export function MyDevelopmentPage() {
  const { t } = useTranslation();
  const mine = useMyDevelopmentGroups();
  const me = useMe();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryFailure error={mine.error} />;
  const items = mine.data.items;
  return (
    <div className="stack">
      <PageHeading title={t('developmentGroups.mine.title')} />
      <Paragraph>{t('developmentGroups.mine.intro')}</Paragraph>
      {items.length === 0 ? <Paragraph>{t('developmentGroups.mine.none')}</Paragraph> : null}
      {/* The office sees every group of its programmes on the cohorts' pages, not here. */}
      {can(me.data?.user, 'development.manage') ? (
        <Paragraph>
          {t('developmentGroups.mine.office')}{' '}
          <AppLink to="/admin/program">{t('developmentGroups.mine.programmes')}</AppLink>
        </Paragraph>
      ) : null}
      <ul className="plain-list stack-sm">
        {items.map((g) => (
          <li key={g.id} className="group-card stack-sm">
            <Heading level={2} data-size="2xs">
              <AppLink to={groupAdminPath(g.id)}>{g.organisationName}</AppLink>
            </Heading>
            <Paragraph data-size="sm">
              <LocalizedInline text={g.programmeName} /> · <LocalizedInline text={g.cohortName} />
            </Paragraph>
            <div className="tags">
              <Tag data-size="sm" data-color={g.as === 'facilitator' ? 'info' : 'neutral'}>
                {t(`developmentGroups.mine.as.${g.as}`)}
              </Tag>
              <AppLink to={`${groupAdminPath(g.id)}/plan`}>
                {t('developmentGroups.mine.plan', { organisation: g.organisationName })}
              </AppLink>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
