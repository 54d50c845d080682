import { Alert, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';

/** Marks an indicator whose figures are invented for the demo, in lists and tables. */
export function IllustrativeTag() {
  const { t } = useTranslation();
  return (
    <Tag data-color="warning" data-size="sm" className="illustrative-tag">
      {t('profiles.illustrative.tag')}
    </Tag>
  );
}

/** Says plainly that figures marked as illustrations are not published statistics. */
export function IllustrativeNotice({ plural = false }: { plural?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning">
      <Paragraph>{t(plural ? 'profiles.illustrative.some' : 'profiles.illustrative.this')}</Paragraph>
    </Alert>
  );
}
