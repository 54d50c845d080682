import { Button } from '@digdir/designsystemet-react';
import { Link as RouterLink, NavLink, useNavigate } from 'react-router';
import { useTranslation } from './translation';
import { useLogout, useMe } from './auth';
import { useLocalePath } from './locale-context';
import { LanguageSwitcher } from './LanguageSwitcher';

export function SiteHeader() {
  const { t } = useTranslation();
  const href = useLocalePath();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = me.data?.user ?? null;

  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <RouterLink to={href('/')} className="site-name">
          {t('app.name')}
        </RouterLink>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            <li>
              <NavLink to={href('/')} end className="ds-link">
                {t('nav.programmes')}
              </NavLink>
            </li>
            {user ? (
              <li>
                <NavLink to={href('/admin')} className="ds-link">
                  {t('nav.admin')}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <LanguageSwitcher />
        <div className="session">
          {user ? (
            <>
              <span className="signed-in-as">{t('nav.signedInAs', { name: user.name })}</span>
              <Button
                variant="tertiary"
                data-size="sm"
                disabled={logout.isPending}
                onClick={() => logout.mutate(undefined, { onSettled: () => navigate(href('/')) })}
              >
                {t('nav.signOut')}
              </Button>
            </>
          ) : (
            <RouterLink to={href('/logg-inn')} className="ds-link">
              {t('nav.signIn')}
            </RouterLink>
          )}
        </div>
      </div>
    </header>
  );
}
