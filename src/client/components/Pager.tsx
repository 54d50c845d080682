import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from '../app/translation';

interface Props {
  total: number;
  limit: number;
  offset: number;
  onChange(offset: number): void;
  label: string;
}

/** Previous/next paging with "showing 26–50 of 80", announced when it changes. */
export function Pager({ total, limit, offset, onChange, label }: Props) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav aria-label={label} className="pager">
      <p aria-live="polite" className="pager-status">
        {total === 0 ? t('common.noResults') : t('common.showing', { from, to, total })}
      </p>
      {total > limit ? (
        <div className="form-actions">
          <Button variant="secondary" data-size="sm" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
            {t('common.previous')}
          </Button>
          <Button variant="secondary" data-size="sm" disabled={to >= total} onClick={() => onChange(offset + limit)}>
            {t('common.next')}
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
