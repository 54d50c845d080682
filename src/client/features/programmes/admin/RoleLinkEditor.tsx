import type { ReactNode } from 'react';
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from '../../../app/translation';
import type { z } from 'zod';
import { EntityPicker, type PickerSource } from '../../../components/forms/EntityPicker';
import { fieldId, orNull, validate } from '../../../components/forms/form-errors';
import { LinkedRecordsEditor, type LinkedColumn } from '../../../components/forms/LinkedRecordsEditor';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';

/** What the form holds when it is sent: the picked record, the role and the free texts by field, if any. */
export interface RoleLinkInput {
  entityId: string | undefined;
  role: string | undefined;
  texts: Record<string, string | null>;
}

/** A free-text field sent with the link; one with `value` is also shown as a column. */
interface TextField<Row> {
  field: string;
  label: string;
  description?: string;
  value?(row: Row): ReactNode;
}

interface Props<Row extends { id: string; role: Role }, Role extends string, Schema extends z.ZodType> {
  /** The message group: its title, none, add, addButton, added, removed and removeNamed texts. */
  ns: 'contacts' | 'participations';
  formId: string;
  rows: readonly Row[];
  /** The register record each row links to, picked from its source. */
  entity: { field: string; label: string; searchLabel: string; source: PickerSource; name(row: Row): string };
  roles: readonly Role[];
  roleLabel(role: Role): string;
  /** Free-text fields sent with the link (a participation's note, in three languages). */
  texts?: readonly TextField<Row>[];
  /** Columns shown after the record and the role, not edited here. */
  shown?: LinkedColumn<Row>[];
  schema: Schema;
  body(input: RoleLinkInput): unknown;
  add: UseMutationResult<unknown, Error, z.output<Schema>>;
  remove: UseMutationResult<unknown, Error, string>;
  /** Shows the rows grouped by role, each role under a heading, rather than a role column. */
  groupByRole?: (role: Role) => string;
}

/**
 * A programme's links to the registers, each with a role: its contact people, the organisations
 * taking part. One record picked from a register, one role from a closed list, perhaps a note.
 */
export function RoleLinkEditor<Row extends { id: string; role: Role }, Role extends string, Schema extends z.ZodType>(p: Props<Row, Role, Schema>) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [entityId, setEntityId] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ at: 'list' | 'add'; message: string } | null>(null);
  const labels: Record<string, string> = { [p.entity.field]: p.entity.label, role: t(`${p.ns}.role`) };
  for (const f of p.texts ?? []) labels[f.field] = f.label;

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(p.schema, p.body({ entityId: entityId ?? undefined, role: role || undefined, texts: Object.fromEntries((p.texts ?? []).map((f) => [f.field, orNull(texts[f.field] ?? '')])) }));
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    p.add.mutate(parsed.data, {
      onSuccess: () => {
        setEntityId(null);
        setTexts({});
        setStatus({ at: 'add', message: t(`${p.ns}.added`) });
      },
      onError: form.setFailure,
    });
  };

  const columns: LinkedColumn<Row>[] = [
    { header: p.entity.label, cell: p.entity.name },
    ...(p.groupByRole ? [] : [{ header: labels.role!, cell: (row: Row) => p.roleLabel(row.role) }]),
    ...(p.texts ?? []).flatMap((f) => (f.value ? [{ header: f.label, cell: f.value }] : [])),
    ...(p.shown ?? []),
  ];

  return (
    <LinkedRecordsEditor
      id={p.ns}
      title={t(`${p.ns}.title`)}
      empty={t(`${p.ns}.none`)}
      rows={p.rows}
      rowKey={(row) => row.id}
      columns={columns}
      removeLabel={(row) => t(`${p.ns}.removeNamed`, { name: p.entity.name(row), role: p.roleLabel(row.role) })}
      onRemove={(row) => {
        setStatus(null);
        p.remove.mutate(row.id, {
          onSuccess: () => {
            // The row and its button are gone: focus goes to the heading, the message under it.
            setStatus({ at: 'list', message: t(`${p.ns}.removed`, { name: p.entity.name(row) }) });
            document.getElementById(`${p.ns}-heading`)?.focus();
          },
          onError: form.setFailure,
        });
      }}
      removing={p.remove.isPending}
      addTitle={t(`${p.ns}.add`)}
      addButton={t(`${p.ns}.addButton`)}
      adding={p.add.isPending}
      formId={p.formId}
      form={form}
      labels={labels}
      onAdd={onAdd}
      status={status}
      groups={p.groupByRole ? { order: p.roles, of: (row) => row.role, title: (role) => p.groupByRole!(role as Role) } : undefined}
    >
      <EntityPicker
        id={fieldId(p.formId, p.entity.field)}
        label={p.entity.label}
        searchLabel={p.entity.searchLabel}
        source={p.entity.source}
        value={entityId}
        onChange={setEntityId}
        error={form.errorFor(p.entity.field)}
        allowEmpty={false}
      />
      <SelectField id={fieldId(p.formId, 'role')} label={labels.role} value={role} onChange={(e) => setRole(e.target.value)} error={form.errorFor('role')}>
        <ChoiceOptions values={p.roles} label={p.roleLabel} />
      </SelectField>
      {(p.texts ?? []).map((f) => (
        <Textfield
          key={f.field}
          id={fieldId(p.formId, f.field)}
          label={f.label}
          description={f.description}
          value={texts[f.field] ?? ''}
          onChange={(e) => setTexts((s) => ({ ...s, [f.field]: e.target.value }))}
          error={form.errorFor(f.field)}
        />
      ))}
    </LinkedRecordsEditor>
  );
}
