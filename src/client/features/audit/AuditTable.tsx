import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { AuditChange, AuditEntry, AuditValue } from '../../../shared/contracts/audit';
import { INTL_LOCALE } from '../../app/locale';
import { useLocale } from '../../app/locale-context';
import { ScrollTable } from '../../components/ScrollTable';
import { LocalizedInline } from '../../components/LocalizedText';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="stack-sm">
      <p className="json-label">{label}</p>
      <pre className="json">{value === null || value === undefined ? '–' : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** A value as the server worded it: a name, a text in the reader's language, a number or yes/no. */
function Value({ value }: { value: AuditValue }) {
  const { t } = useTranslation();
  if (value === null || value === '') return <span className="muted">{t('audit.empty')}</span>;
  if (typeof value === 'boolean') return <>{t(value ? 'audit.yes' : 'audit.no')}</>;
  if (typeof value === 'object') return <LocalizedInline text={value} />;
  return <>{String(value)}</>;
}

function List({ values }: { values: AuditValue[] }) {
  return (
    <>
      {values.map((v, i) => (
        <span key={i}>
          {i > 0 ? ', ' : null}
          <Value value={v} />
        </span>
      ))}
    </>
  );
}

/** What an update changed, field by field: before → after, or what a list gained and lost. */
function Changes({ changes }: { changes: AuditChange[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="audit-changes">
      {changes.map((c) => {
        // A field without a name in the messages is shown as it is stored, so that it is noticed.
        // `summary.en`: the English text of the summary.
        const [name, lang] = c.field.split('.');
        const known = t(`auditField.${name}`, { defaultValue: '' });
        const field = known && lang ? `${known} (${t(`language.${lang}`)})` : known;
        const isList = c.added.length + c.removed.length > 0 || (c.before === null && c.after === null);
        return (
          <li key={c.field}>
            {field ? <strong>{field}</strong> : <code>{c.field}</code>}:{' '}
            {isList ? (
              <>
                {c.added.length > 0 ? (
                  <span>
                    {t('audit.added')} <List values={c.added} />
                  </span>
                ) : null}
                {c.added.length > 0 && c.removed.length > 0 ? '; ' : null}
                {c.removed.length > 0 ? (
                  <span>
                    {t('audit.removed')} <List values={c.removed} />
                  </span>
                ) : null}
                {c.added.length + c.removed.length === 0 ? t('audit.reordered') : null}
              </>
            ) : (
              // A text in one language is marked as that language, for screen readers.
              <span lang={lang && lang !== locale ? lang : undefined}>
                <Value value={c.before} /> → <Value value={c.after} />
              </span>
            )}
          </li>
        );
      })}
    </ul>
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
            return (
              <Table.Row key={e.id}>
                <Table.Cell>
                  <time dateTime={e.at}>{format.format(new Date(e.at))}</time>
                </Table.Cell>
                <Table.Cell>{e.actorName ?? t('audit.system')}</Table.Cell>
                <Table.Cell>{t(`auditAction.${e.action}`)}</Table.Cell>
                <Table.Cell>
                  <span className="entity-type">{t(`entityType.${e.entityType}`, { defaultValue: e.entityType })}</span>
                  {e.label !== null ? (
                    <span className="entity-name">
                      <Value value={e.label} />
                    </span>
                  ) : null}
                  {e.changes.length > 0 ? <Changes changes={e.changes} /> : null}
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
