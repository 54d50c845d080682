import { Paragraph } from '@digdir/designsystemet-react';
import { can, type MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { PageHeading } from '../../../components/PageHeading';
import { LANGUAGE_INFO, isStandardLanguage } from '../../../../shared/domain/standards';

/** Where the user works on standards: each programme they may translate in, with the languages their role names. */
export function MyStandardsPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const grants = user.roles.filter((r) => can(user, 'standard.translate', { programmeIds: [r.programmeId] }));
  return (
    <div className="stack">
      <PageHeading title={t('standards.admin.nav')}>{t('standards.admin.nav')}</PageHeading>
      {grants.length === 0 ? <Paragraph>{t('standards.admin.noProgrammes')}</Paragraph> : null}
      <ul>
        {grants.map((g) => (
          <li key={g.programmeId}>
            <AppLink to={`/admin/program/${g.programmeSlug}/standarder`}>{g.programmeName.nb}</AppLink>
            {g.role === 'translator' && g.languages?.length ? (
              <>
                {' – '}
                {t('standards.admin.yourLanguages')}{' '}
                {g.languages.filter(isStandardLanguage).map((l, i) => (
                  <span key={l}>
                    {i > 0 ? ', ' : ''}
                    <span lang={l} dir={LANGUAGE_INFO[l].dir}>
                      {LANGUAGE_INFO[l].name}
                    </span>
                  </span>
                ))}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
