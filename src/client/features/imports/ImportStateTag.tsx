import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { ImportState } from '../../../shared/contracts/imports';

const COLOR: Record<ImportState, 'info' | 'warning' | 'success' | 'danger' | 'neutral'> = {
  queued: 'info',
  running: 'warning',
  succeeded: 'success',
  failed: 'danger',
  interrupted: 'danger',
  cancelled: 'neutral',
};

/** An import's state in words; the colour only repeats what the word says. */
export function ImportStateTag({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={COLOR[state]}>
      {t(`imports.state.${state}`)}
    </Tag>
  );
}
