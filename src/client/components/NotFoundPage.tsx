import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';
import { AppLink } from './AppLink';
import { PageHeading } from './PageHeading';
import { usePageStatus } from '../app/page-info';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageStatus(404);
  return (
    <div className="stack">
      <PageHeading title={t('notFound.title')} />
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </div>
  );
}
