import { useState } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { BodyDetail, MandateVersion } from '../../../../shared/contracts/governance-bodies';
import { useLocale } from '../../../app/locale-context';
import { AppLink } from '../../../components/AppLink';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ScrollTable } from '../../../components/ScrollTable';
import { StatusMessage } from '../../../components/StatusMessage';
import { AdminSection } from './AdminSection';
import { formatDate } from './format';
import { emptyText, textValues } from './form-support';
import { useAddMandateVersion, useRemoveMandateVersion, useUpdateMandateVersion } from './governance-admin.queries';
import { MandateDiffView } from './MandateDiffView';
import { MandateForm } from './MandateForm';

type Editing = { kind: 'draft' } | { kind: 'historical' } | { kind: 'edit'; version: MandateVersion } | null;

/** The mandate's versions, a new draft, a version adopted before Samordna, and a comparison. */
export function MandateSection({ detail }: { detail: BodyDetail }) {
  const { t } = useTranslation();
  const bodyId = detail.body.id;
  const add = useAddMandateVersion(bodyId);
  const update = useUpdateMandateVersion();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string | null>(null);
  const versions = detail.mandate;
  const close = (message: string | null) => {
    setEditing(null);
    setStatus(message);
  };

  return (
    <AdminSection id="body-mandate" title={t('governanceAdmin.mandate.title')}>
      <StatusMessage message={status} />
      {versions.length === 0 ? <Paragraph>{t('governanceAdmin.mandate.none')}</Paragraph> : <VersionTable versions={versions} onEdit={(version) => setEditing({ kind: 'edit', version })} onRemoved={(n) => close(t('governanceAdmin.mandate.removed', { version: n }))} />}
      {editing?.kind === 'edit' ? (
        <>
          <Heading level={3} data-size="sm">
            {t('governanceAdmin.mandate.editDraft', { version: editing.version.version })}
          </Heading>
          <MandateForm
            formId="mandate-edit"
            historical={false}
            initial={{ text: textValues(editing.version.text), effectiveFrom: editing.version.effectiveFrom ?? '', citedSource: '' }}
            submitLabel={t('common.save')}
            saving={update.isPending}
            onCancel={() => close(null)}
            onSave={async (data) => {
              await update.mutateAsync({ id: editing.version.id, body: { text: data.text, effectiveFrom: data.effectiveFrom } });
              close(t('common.saved'));
            }}
          />
        </>
      ) : null}
      {editing?.kind === 'draft' || editing?.kind === 'historical' ? (
        <>
          <Heading level={3} data-size="sm">
            {editing.kind === 'draft' ? t('governanceAdmin.mandate.newDraft') : t('governanceAdmin.mandate.newHistorical')}
          </Heading>
          {editing.kind === 'historical' ? <Paragraph>{t('governanceAdmin.mandate.historicalHelp')}</Paragraph> : null}
          <MandateForm
            formId={editing.kind === 'draft' ? 'mandate-draft' : 'mandate-historical'}
            historical={editing.kind === 'historical'}
            initial={{ text: versions[0] ? textValues(versions[0].text) : emptyText(), effectiveFrom: '', citedSource: '' }}
            submitLabel={editing.kind === 'draft' ? t('governanceAdmin.mandate.saveDraft') : t('governanceAdmin.mandate.saveHistorical')}
            saving={add.isPending}
            onCancel={() => close(null)}
            onSave={async (data) => {
              const v = await add.mutateAsync(data);
              close(t('governanceAdmin.mandate.added', { version: v.version }));
            }}
          />
        </>
      ) : null}
      {editing === null ? (
        <div className="form-actions">
          <Button variant="secondary" onClick={() => setEditing({ kind: 'draft' })}>
            {t('governanceAdmin.mandate.newDraft')}
          </Button>
          <Button variant="secondary" onClick={() => setEditing({ kind: 'historical' })}>
            {t('governanceAdmin.mandate.newHistorical')}
          </Button>
        </div>
      ) : null}
      <MandateDiffView bodyId={bodyId} versions={versions} />
    </AdminSection>
  );
}

function VersionTable({ versions, onEdit, onRemoved }: { versions: readonly MandateVersion[]; onEdit(v: MandateVersion): void; onRemoved(version: number): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const remove = useRemoveMandateVersion();
  return (
    <ScrollTable label={t('governanceAdmin.mandate.versions')}>
      <Table zebra className="gov-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('governanceAdmin.mandate.version')}</Table.HeaderCell>
            <Table.HeaderCell>{t('governanceAdmin.mandate.effectiveFrom')}</Table.HeaderCell>
            <Table.HeaderCell>{t('governanceAdmin.mandate.adoptedBy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {versions.map((v) => {
            const name = t('governanceAdmin.mandate.versionName', { version: v.version });
            return (
              <Table.Row key={v.id}>
                <Table.Cell>
                  {name}{' '}
                  <Tag data-size="sm" data-color={v.status === 'adopted' ? 'success' : 'warning'}>
                    {t(`governanceAdmin.mandate.status.${v.status}`)}
                  </Tag>
                </Table.Cell>
                <Table.Cell>{formatDate(v.effectiveFrom, locale)}</Table.Cell>
                <Table.Cell>
                  {v.adoptedBy ? (
                    <AppLink to={`/admin/moter/${v.adoptedBy.meetingId}`}>
                      {t('governanceAdmin.caseNumber', { number: v.adoptedBy.caseNumber })}, <LocalizedInline text={v.adoptedBy.bodyName} />, {formatDate(v.adoptedBy.date, locale)}
                    </AppLink>
                  ) : (
                    (v.citedSource ?? '')
                  )}
                </Table.Cell>
                <Table.Cell>
                  {v.status === 'draft' ? (
                    <div className="form-actions">
                      <Button variant="tertiary" data-size="sm" onClick={() => onEdit(v)} aria-label={t('governanceAdmin.mandate.editNamed', { name })}>
                        {t('governanceAdmin.edit')}
                      </Button>
                      <ConfirmDelete compact name={name} label={t('governanceAdmin.mandate.deleteNamed', { name })} pending={remove.isPending} error={remove.error} onConfirm={() => remove.mutate(v.id, { onSuccess: () => onRemoved(v.version) })} />
                    </div>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
