import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { AuditEntry } from '../../../shared/contracts/audit';
import { INTL_LOCALE } from '../../app/locale';
import { useLocale } from '../../app/locale-context';
import { ScrollTable } from '../../components/ScrollTable';
import { changedFields, entityLabel } from './audit.queries';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="stack-sm">
      <p className="json-label">{label}</p>
      <pre className="json">{value === null || value === undefined ? '–' : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export function AuditTable({ items }: { items: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <ScrollTable label={t('audit.tableLabel')}>
      <Table zebra className="audit-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('audit.at')}</Table.HeaderCell>
            <Table.HeaderCell>{t('audit.actor')}</Table.HeaderCell>
            <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
            <Table.HeaderCell>{t('audit.entity')}</Table.HeaderCell>
            <Table.HeaderCell>{t('audit.details')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((e) => {
            const changed = e.action === 'update' ? changedFields(e.before, e.after) : [];
            const label = entityLabel(e);
            return (
              <Table.Row key={e.id}>
                <Table.Cell>
                  <time dateTime={e.at}>{format.format(new Date(e.at))}</time>
                </Table.Cell>
                <Table.Cell>{e.actorName ?? t('audit.system')}</Table.Cell>
                <Table.Cell>{t(`auditAction.${e.action}`)}</Table.Cell>
                <Table.Cell>
                  <span className="entity-type">{t(`entityType.${e.entityType}`, { defaultValue: e.entityType })}</span>
                  {label ? <span className="entity-name">{label}</span> : null}
                  {changed.length > 0 ? (
                    <span className="muted">
                      {t('audit.changed')}: {changed.join(', ')}
                    </span>
                  ) : null}
                </Table.Cell>
                <Table.Cell>
                  <Details>
                    <Details.Summary>{t('audit.show')}</Details.Summary>
                    <Details.Content>
                      <p className="muted">
                        {t('audit.entityId')}: <code>{e.entityId}</code>
                      </p>
                      {e.requestId ? (
                        <p className="muted">
                          {t('audit.requestId')}: <code>{e.requestId}</code>
                        </p>
                      ) : null}
                      <Json label={t('audit.before')} value={e.before} />
                      <Json label={t('audit.after')} value={e.after} />
                    </Details.Content>
                  </Details>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
