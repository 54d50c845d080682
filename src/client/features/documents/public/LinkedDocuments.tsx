import { Heading } from '@digdir/designsystemet-react';
import type { DocumentLinkKind } from '../../../../shared/domain/documents';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { FileLink } from '../../governance/public/governance-parts';
import { documentPath, formatName, formatSize } from '../document-format';
import { fileUrl, usePublicDocuments } from '../documents.queries';

/**
 * The public documents of the archive that belong to a record (an event's slides and materials,
 * a meeting's papers): each with its page and its file. Nothing when there are none.
 */
/** The public documents that belong to a record (one cache entry, shared with `LinkedDocuments`). */
export const useLinkedDocuments = (programmeSlug: string, kind: DocumentLinkKind, id: string) => usePublicDocuments({ programme: programmeSlug, linkKind: kind, linkId: id, limit: 50 });

export function LinkedDocuments({ programmeSlug, kind, id, headingLevel = 3 }: { programmeSlug: string; kind: DocumentLinkKind; id: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const found = useLinkedDocuments(programmeSlug, kind, id);
  const items = found.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <Heading level={headingLevel} data-size="xs">
        {t('documents.public.linked')}
      </Heading>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            <AppLink to={documentPath(programmeSlug, d.id)}>{d.title}</AppLink>
            {d.latestVersion ? (
              <>
                {' – '}
                <FileLink href={fileUrl(d.latestVersion.id)} format={`${formatName(d.latestVersion.contentType)}, ${formatSize(d.latestVersion.size, locale)}`}>
                  {t('documents.public.download')}
                </FileLink>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
