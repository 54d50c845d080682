import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { Document } from '../../../../shared/contracts/documents';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { FileLink } from '../../governance/public/governance-parts';
import { formatDate } from '../../portfolio/portfolio-format';
import { documentsPath, formatName, formatSize } from '../document-format';
import { fileUrl, useDocument } from '../documents.queries';
import '../documents.css';

/** A public document: its facts and every version, each downloadable. */
export default function DocumentPage() {
  const { slug = '', documentId = '' } = useParams();
  const doc = useDocument(documentId);
  if (doc.isPending) return <Loading />;
  if (doc.error) {
    if (isApiError(doc.error) && (doc.error.code === 'NOT_FOUND' || doc.error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={doc.error} />;
  }
  // The page shows public documents only, under their own programme's address.
  if (doc.data.visibility !== 'public' || doc.data.programmeSlug !== slug) return <NotFoundPage />;
  return <DocumentView doc={doc.data} />;
}

function DocumentView({ doc }: { doc: Document }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [current, ...earlier] = doc.versions;
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={documentsPath(doc.programmeSlug)}>{t('documents.public.title')}</AppLink>
      </Paragraph>
      <PageHeading title={doc.title} description={doc.description || undefined}>
        <span lang={doc.language}>{doc.title}</span>
      </PageHeading>
      <div className="document-meta">
        <Tag data-color="neutral">{t(`documents.types.${doc.type}`)}</Tag> <span>{formatDate(doc.date, locale)}</span>
        {doc.isDemo ? (
          <>
            {' '}
            <Tag data-color="warning">{t('documents.public.demo')}</Tag>
          </>
        ) : null}
      </div>
      {doc.description ? <Paragraph lang={doc.language}>{doc.description}</Paragraph> : null}
      {current ? (
        <Paragraph>
          <FileLink href={fileUrl(current.id)} format={`${formatName(current.contentType)}, ${formatSize(current.size, locale)}`}>
            {t('documents.public.download', { name: current.fileName })}
          </FileLink>
        </Paragraph>
      ) : (
        <Paragraph>{t('documents.public.noFile')}</Paragraph>
      )}
      {doc.versions.length > 0 ? (
        <section aria-labelledby="document-versions" className="stack-sm">
          <Heading level={2} data-size="sm" id="document-versions">
            {t('documents.public.versions')}
          </Heading>
          <ul className="plain-list stack-sm">
            {[current!, ...earlier].map((v, i) => (
              <li key={v.id}>
                <FileLink href={fileUrl(v.id)} format={`${formatName(v.contentType)}, ${formatSize(v.size, locale)}`}>
                  {t('documents.public.version', { version: v.version })}
                  {i === 0 ? ` (${t('documents.public.current')})` : ''}: {v.fileName}
                </FileLink>{' '}
                <span className="muted">{formatDate(v.createdAt.slice(0, 10), locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
