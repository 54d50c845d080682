import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';

/** A busy indicator with a text alternative, announced politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner aria-label={label ?? t('common.loading')} data-size="md" />
    </div>
  );
}
