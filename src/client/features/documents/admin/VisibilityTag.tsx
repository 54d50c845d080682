import { Tag } from '@digdir/designsystemet-react';
import type { DocumentVisibility } from '../../../../shared/domain/documents';
import { useTranslation } from '../../../app/translation';

const COLOR: Record<DocumentVisibility, 'neutral' | 'success' | 'danger'> = { draft: 'neutral', public: 'success', exempt: 'danger' };

export function VisibilityTag({ visibility }: { visibility: DocumentVisibility }) {
  const { t } = useTranslation();
  return <Tag data-color={COLOR[visibility]}>{t(`documents.visibility.${visibility}`)}</Tag>;
}
