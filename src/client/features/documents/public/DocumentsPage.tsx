import { Button, Heading, Label, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { DocumentHit, DocumentSearchQuery, DocumentSearchResult } from '../../../../shared/contracts/documents';
import { DOCUMENT_LANGUAGES, DOCUMENT_TYPES, type DocumentType } from '../../../../shared/domain/documents';
import { DocumentFilterFields } from '../DocumentFilterFields';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { SelectField } from '../../../components/forms/SelectField';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { FileLink, PageLinks, usePageNumber } from '../../governance/public/governance-parts';
import { formatDate } from '../../portfolio/portfolio-format';
import { useProgramme } from '../../programmes/programmes.queries';
import { documentPath, formatName, formatSize } from '../document-format';
import { fileUrl, usePublicDocuments } from '../documents.queries';
import { Snippet } from '../Snippet';
import '../documents.css';
import { useGetFormSubmit } from '../../../components/use-get-form';

const PER_PAGE = 20;

/** The search in the page's address: `?q=skole&type=report&ar=2026&sprak=nb&side=2`. */
function useSearch(slug: string) {
  const [params] = useSearchParams();
  const page = usePageNumber();
  const q = (params.get('q') ?? '').slice(0, 200);
  const type: DocumentType | '' = DOCUMENT_TYPES.find((x) => x === params.get('type')) ?? '';
  const yearParam = params.get('ar') ?? '';
  const year = /^\d{4}$/.test(yearParam) ? yearParam : '';
  const langParam = params.get('sprak') ?? '';
  const language = /^[a-z]{2,3}$/.test(langParam) ? langParam : '';
  const query: Partial<DocumentSearchQuery> = { programme: slug, limit: PER_PAGE, offset: (page - 1) * PER_PAGE };
  if (q.trim()) query.q = q.trim();
  if (type) query.type = type;
  if (year) query.year = Number(year);
  if (language) query.language = language;
  return { query, chosen: { q, type, year, language } };
}

/** The programme's public documents, searchable in their full text, with filters. */
export default function DocumentsPage() {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const { query, chosen } = useSearch(slug);
  const documents = usePublicDocuments(query, programme.isSuccess);
  if (programme.isPending || (programme.isSuccess && documents.isPending)) return <Loading />;
  const error = programme.error ?? documents.error;
  if (error) {
    if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <DocumentsView programme={programme.data!} result={documents.data!} chosen={chosen} />;
}

function DocumentsView({ programme, result, chosen }: { programme: Programme; result: DocumentSearchResult; chosen: { q: string; type: DocumentType | ''; year: string; language: string } }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const page = usePageNumber();
  const years = [...new Set([...result.years.map(String), ...(chosen.year ? [chosen.year] : [])])];
  const submit = useGetFormSubmit(['q', 'type', 'ar', 'sprak']);

  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${programme.slug}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('documents.public.title')} – ${name.text}`} description={t('documents.public.lead')}>
        {t('documents.public.title')}
      </PageHeading>
      <Paragraph>{t('documents.public.lead')}</Paragraph>
      <form method="get" role="search" aria-label={t('documents.public.filters')} className="document-filters" onSubmit={submit}>
        {/* A native field, its label linked in the markup, so the form works before any script. */}
        <div className="ds-field">
          <Label htmlFor="documents-q">{t('documents.public.searchLabel')}</Label>
          <input className="ds-input" type="search" id="documents-q" name="q" defaultValue={chosen.q} maxLength={200} />
        </div>
        <DocumentFilterFields idPrefix="documents" type={chosen.type} year={chosen.year} years={years} yearName="ar" />
        <SelectField id="documents-language" name="sprak" label={t('documents.public.language')} defaultValue={chosen.language}>
          <option value="">{t('documents.public.anyLanguage')}</option>
          {DOCUMENT_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`documents.languages.${l}`)}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit" variant="secondary">
            {t('documents.public.apply')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">{t('documents.public.count', { count: result.total })}</Paragraph>
      {result.total === 0 ? <Paragraph>{t('documents.public.empty')}</Paragraph> : null}
      <ul className="plain-list document-hits">
        {result.items.map((d) => (
          <DocumentHitItem key={d.id} hit={d} />
        ))}
      </ul>
      <PageLinks page={page} total={result.total} perPage={PER_PAGE} label={t('documents.public.paging')} />
    </article>
  );
}

function DocumentHitItem({ hit }: { hit: DocumentHit }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="document-hit">
      <Heading level={2} data-size="xs">
        <AppLink to={documentPath(hit.programmeSlug, hit.id)} lang={hit.language}>
          {hit.title}
        </AppLink>
      </Heading>
      <div className="document-meta">
        <Tag data-color="neutral">{t(`documents.types.${hit.type}`)}</Tag> <span>{formatDate(hit.date, locale)}</span>
      </div>
      {hit.snippet ? (
        <Paragraph data-size="sm" className="document-snippet" lang={hit.language}>
          <Snippet text={hit.snippet} />
        </Paragraph>
      ) : null}
      {hit.latestVersion ? (
        <Paragraph data-size="sm">
          <FileLink href={fileUrl(hit.latestVersion.id)} format={`${formatName(hit.latestVersion.contentType)}, ${formatSize(hit.latestVersion.size, locale)}`}>
            {t('documents.public.download', { name: hit.title })}
          </FileLink>
        </Paragraph>
      ) : null}
    </li>
  );
}
