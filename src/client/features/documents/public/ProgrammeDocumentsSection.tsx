import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { documentsPath } from '../document-format';
import { usePublicDocuments } from '../documents.queries';

/** The archive in short on the public programme page: how many public documents, and the way to them. Nothing without any. */
export function ProgrammeDocumentsSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const documents = usePublicDocuments({ programme: programme.slug, limit: 1, offset: 0 });
  const total = documents.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <section aria-labelledby="documents-section" className="stack-sm">
      <Heading level={2} data-size="md" id="documents-section">
        {t('documents.public.title')}
      </Heading>
      <Paragraph>{t('documents.public.count', { count: total })}</Paragraph>
      <Paragraph>
        <AppLink to={documentsPath(programme.slug)}>{t('documents.public.searchLabel')}</AppLink>
      </Paragraph>
    </section>
  );
}
