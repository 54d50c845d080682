import { Tag } from '@digdir/designsystemet-react';
import type { PartnerSearchStatus } from '../../../../../shared/domain/partner-searches';
import { useTranslation } from '../../../../app/translation';

const COLOR = { received: 'info', assessing: 'warning', joined: 'success', declined: 'neutral' } as const;

/** Where a partner search stands, in words. */
export function SearchStatusTag({ status }: { status: PartnerSearchStatus }) {
  const { t } = useTranslation();
  return <Tag data-color={COLOR[status]}>{t(`portfolio.partnerSearches.status.${status}`)}</Tag>;
}
