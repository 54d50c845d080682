import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import type { Document } from '../../../../shared/contracts/documents';
import { DOCUMENT_VISIBILITIES, type DocumentVisibility } from '../../../../shared/domain/documents';
import { isApiError } from '../../../app/api';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { ScrollTable } from '../../../components/ScrollTable';
import { showFailure } from '../../governance/admin/form-support';
import { formatDate } from '../../portfolio/portfolio-format';
import { formatName, formatSize } from '../document-format';
import { fileUrl, useDocument, useRemoveDocument, useUpdateDocument, useUploadVersion } from '../documents.queries';
import { DocumentFactsForm, factsOf, factsPayload } from './DocumentFactsForm';
import { VisibilityTag } from './VisibilityTag';
import '../documents.css';

/** One document for the secretariat: its facts, access (publish or exempt), versions and their text extraction. */
export function DocumentAdminPage() {
  const { id = '' } = useParams();
  const doc = useDocument(id);
  if (doc.isPending) return <Loading />;
  if (doc.error) {
    if (isApiError(doc.error) && doc.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={doc.error} />;
  }
  return <DocumentAdmin doc={doc.data} />;
}

function DocumentAdmin({ doc }: { doc: Document }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const update = useUpdateDocument(doc.id);
  const remove = useRemoveDocument();
  const [saved, setSaved] = useState('');
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${doc.programmeSlug}/dokumenter`}>{t('documents.admin.back')}</AppLink>
      </Paragraph>
      <PageHeading title={doc.title}>{doc.title}</PageHeading>
      <div className="document-meta">
        <VisibilityTag visibility={doc.visibility} />
        {doc.visibility === 'public' ? <AppLink to={`/program/${doc.programmeSlug}/dokumenter/${doc.id}`}>{t('documents.admin.publicPage')}</AppLink> : null}
      </div>
      {saved ? <Paragraph role="status">{saved}</Paragraph> : null}
      <section aria-labelledby="document-versions-heading" className="stack-sm">
        <Heading level={2} data-size="md" id="document-versions-heading">
          {t('documents.public.versions')}
        </Heading>
        {doc.versions.length === 0 ? <Paragraph>{t('documents.public.noFile')}</Paragraph> : (
          <ScrollTable label={t('documents.public.versions')}>
            <Table data-size="sm">
              <caption className="visually-hidden">{t('documents.public.versions')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('documents.public.version', { version: '' }).trim()}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.admin.fields.file')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.admin.fields.date')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.admin.extraction')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {doc.versions.map((v) => (
                  <Table.Row key={v.id}>
                    <Table.Cell>{v.version}</Table.Cell>
                    <Table.Cell>
                      <a href={fileUrl(v.id)}>{v.fileName}</a> <span className="muted">({formatName(v.contentType)}, {formatSize(v.size, locale)})</span>
                    </Table.Cell>
                    <Table.Cell>{formatDate(v.createdAt.slice(0, 10), locale)}</Table.Cell>
                    <Table.Cell>
                      {v.extraction ? t(`documents.extraction.${v.extraction.status}`) : '–'}
                      {v.extraction?.error ? <div className="muted">{v.extraction.error}</div> : null}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )}
        {doc.canManage ? <UploadVersion id={doc.id} onDone={(n) => setSaved(t('documents.admin.uploaded', { version: n }))} /> : null}
      </section>
      {doc.canManage ? (
        <>
          <AccessForm doc={doc} onSaved={() => setSaved(t('documents.admin.saved'))} />
          <section aria-labelledby="document-facts-heading" className="stack-sm">
            <Heading level={2} data-size="md" id="document-facts-heading">
              {t('documents.admin.save')}
            </Heading>
            <DocumentFactsForm
              key={doc.revision}
              formId="document-facts"
              initial={factsOf(doc)}
              withFile={false}
              submitLabel={t('documents.admin.save')}
              saving={update.isPending}
              onSave={async (v) => {
                await update.mutateAsync({ ...factsPayload(v), revision: doc.revision });
                setSaved(t('documents.admin.saved'));
              }}
            />
          </section>
          <div>
            <Button
              variant="secondary"
              data-color="danger"
              disabled={remove.isPending}
              onClick={async () => {
                if (!window.confirm(t('documents.admin.confirmDelete'))) return;
                await remove.mutateAsync(doc.id);
                void navigate(href(`/admin/program/${doc.programmeSlug}/dokumenter`));
              }}
            >
              {t('documents.admin.delete')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}

function UploadVersion({ id, onDone }: { id: string; onDone(version: number): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const upload = useUploadVersion();
  const [file, setFile] = useState<File | null>(null);
  const formId = 'document-version';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      if (!file) return form.setMessages({ file: { path: 'file', keys: ['validation.fileRequired'] } });
      const doc = await upload.mutateAsync({ id, file });
      onDone(doc.versions[0]!.version);
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-sm form subform">
      <FormErrorSummary form={form} formId={formId} labels={{ file: t('documents.admin.fields.file') }} />
      <Textfield id={fieldId(formId, 'file')} type="file" label={t('documents.admin.newVersion')} description={t('documents.admin.fields.fileHelp')} onChange={(e) => setFile(e.target.files?.[0] ?? null)} error={form.errorFor('file')} />
      <div>
        <Button type="submit" variant="secondary" disabled={upload.isPending}>
          {upload.isPending ? t('common.saving') : t('documents.admin.upload')}
        </Button>
      </div>
    </form>
  );
}

function AccessForm({ doc, onSaved }: { doc: Document; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const update = useUpdateDocument(doc.id);
  const [visibility, setVisibility] = useState<DocumentVisibility>(doc.visibility);
  const [basis, setBasis] = useState(doc.exemptionBasis ?? '');
  const formId = 'document-access';
  const labels = { visibility: t('documents.admin.fields.visibility'), exemptionBasis: t('documents.admin.fields.exemptionBasis') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await update.mutateAsync({ visibility, ...(visibility === 'exempt' ? { exemptionBasis: basis.trim() || null } : {}), revision: doc.revision });
      onSaved();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby="document-access-heading" className="stack-sm">
      <Heading level={2} data-size="md" id="document-access-heading">
        {labels.visibility}
      </Heading>
      <form onSubmit={submit} noValidate className="stack-sm form subform">
        <FormErrorSummary form={form} formId={formId} labels={labels} />
        <SelectField id={fieldId(formId, 'visibility')} label={labels.visibility} value={visibility} onChange={(e) => setVisibility(e.target.value as DocumentVisibility)} error={form.errorFor('visibility')}>
          {DOCUMENT_VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`documents.visibility.${v}`)}
            </option>
          ))}
        </SelectField>
        {visibility === 'exempt' ? (
          <Textfield id={fieldId(formId, 'exemptionBasis')} label={labels.exemptionBasis} description={t('documents.admin.fields.exemptionBasisHelp')} value={basis} onChange={(e) => setBasis(e.target.value)} error={form.errorFor('exemptionBasis')} />
        ) : null}
        <div>
          <Button type="submit" disabled={update.isPending}>
            {visibility === 'public' ? t('documents.admin.publish') : visibility === 'exempt' ? t('documents.admin.exempt') : t('documents.admin.toDraft')}
          </Button>
        </div>
      </form>
    </section>
  );
}
