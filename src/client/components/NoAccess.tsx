import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';
import { AppLink } from './AppLink';
import { PageHeading } from './PageHeading';

/** Shown instead of an admin page the user may not use: says so plainly, offers a way on. */
export function NoAccess({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageHeading title={t('noAccess.title')} />
      <Alert data-color="warning">
        <Paragraph>{message ?? t('noAccess.text')}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/admin">{t('noAccess.back')}</AppLink>
      </Paragraph>
    </div>
  );
}
