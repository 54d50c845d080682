import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import { DOCUMENT_VISIBILITIES, type DocumentType, type DocumentVisibility } from '../../../../shared/domain/documents';
import { SelectField } from '../../../components/forms/SelectField';
import { DocumentFilterFields } from '../DocumentFilterFields';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import { ApiError } from '../../../app/api';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatDate } from '../../portfolio/portfolio-format';
import { useCreateDocument, useProgrammeDocuments, useUploadVersion } from '../documents.queries';
import { Snippet } from '../Snippet';
import { DocumentFactsForm, factsOf, factsPayload } from './DocumentFactsForm';
import { VisibilityTag } from './VisibilityTag';
import '../documents.css';

/** The programme's document archive for its own people: search, drafts and exempt ones, a new document. */
export function DocumentsAdminPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="programme.readInternal">{(programme) => <DocumentsAdmin programme={programme} />}</ProgrammeGate>;
}

function DocumentsAdmin({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const name = useLocalized(programme.name);
  const [filter, setFilter] = useState<{ q: string; type: DocumentType | ''; year: string; visibility: DocumentVisibility | '' }>({ q: '', type: '', year: '', visibility: '' });
  const q = filter.q;
  const documents = useProgrammeDocuments(programme.id, {
    limit: 100,
    ...(filter.q ? { q: filter.q } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.year ? { year: Number(filter.year) } : {}),
  });
  // The years that have documents, whatever year is chosen (the API leaves the year filter out of them).
  const years = documents.data?.years ?? (filter.year ? [Number(filter.year)] : []);
  const items = (documents.data?.items ?? []).filter((d) => !filter.visibility || d.visibility === filter.visibility);
  const create = useCreateDocument(programme.id);
  const upload = useUploadVersion();
  const [creating, setCreating] = useState(false);
  // A document registered whose file was refused: the next try uploads the file to it.
  const [pendingId, setPendingId] = useState<string | null>(null);
  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (key: string) => String(data.get(key) ?? '').trim();
    setFilter({ q: value('q'), type: value('type') as DocumentType | '', year: value('year'), visibility: value('visibility') as DocumentVisibility | '' });
  };
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('documents.admin.title')} – ${name.text}`}>{t('documents.admin.title')}</PageHeading>
      <Paragraph>{t('documents.admin.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/program/${programme.slug}/dokumenter`}>{t('documents.admin.publicPage')}</AppLink>
      </Paragraph>
      <form role="search" aria-label={t('documents.public.filters')} className="document-filters" onSubmit={search}>
        <Textfield id="documents-admin-q" name="q" type="search" label={t('documents.public.searchLabel')} defaultValue={q} />
        <DocumentFilterFields idPrefix="documents-admin" type={filter.type} year={filter.year} years={years} yearName="year" />
        <SelectField id="documents-admin-visibility" name="visibility" label={t('documents.admin.status')} defaultValue={filter.visibility}>
          <option value="">{t('documents.admin.anyVisibility')}</option>
          {DOCUMENT_VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`documents.visibility.${v}`)}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit" variant="secondary">
            {t('documents.public.apply')}
          </Button>
        </div>
      </form>
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <LoadFailed error={documents.error} /> : null}
      {documents.data ? (
        items.length === 0 ? (
          <Paragraph>{q || filter.type || filter.year || filter.visibility ? t('documents.public.empty') : t('documents.admin.noDocuments')}</Paragraph>
        ) : (
          <ScrollTable label={t('documents.admin.title')}>
            <Table data-size="sm">
              <caption className="visually-hidden">{t('documents.admin.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('documents.admin.fields.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.admin.fields.type')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.admin.fields.date')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.admin.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.admin.extraction')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((d) => (
                  <Table.Row key={d.id}>
                    <Table.Cell>
                      <AppLink to={`/admin/dokumenter/${d.id}`}>{d.title}</AppLink>
                      {q && d.snippet ? (
                        <div className="document-snippet">
                          <Snippet text={d.snippet} />
                        </div>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>{t(`documents.types.${d.type}`)}</Table.Cell>
                    <Table.Cell>{formatDate(d.date, locale)}</Table.Cell>
                    <Table.Cell>
                      <VisibilityTag visibility={d.visibility} />
                    </Table.Cell>
                    <Table.Cell>{d.latestVersion?.extractionStatus ? t(`documents.extraction.${d.latestVersion.extractionStatus}`) : <Tag data-color="warning">{t('documents.public.noFile')}</Tag>}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )
      ) : null}
      {documents.data?.canManage ? (
        <section aria-labelledby="new-document-heading" className="stack-sm">
          <Heading level={2} data-size="md" id="new-document-heading">
            {t('documents.admin.new')}
          </Heading>
          {creating ? (
            <DocumentFactsForm
              formId="document-new"
              initial={factsOf(null)}
              withFile
              submitLabel={t('documents.admin.create')}
              saving={create.isPending || upload.isPending}
              onSave={async (v, file) => {
                if (!file) throw new ApiError(400, 'VALIDATION_FAILED', { errors: [{ path: 'file', code: 'fileRequired', message: 'fileRequired' }] });
                const id = pendingId ?? (await create.mutateAsync(factsPayload(v))).id;
                setPendingId(id);
                await upload.mutateAsync({ id, file });
                void navigate(href(`/admin/dokumenter/${id}`));
              }}
            />
          ) : (
            <div>
              <Button variant="secondary" onClick={() => setCreating(true)}>
                {t('documents.admin.new')}
              </Button>
            </div>
          )}
          {pendingId ? <Paragraph role="status">{t('documents.admin.fileFailed')}</Paragraph> : null}
        </section>
      ) : null}
    </div>
  );
}
