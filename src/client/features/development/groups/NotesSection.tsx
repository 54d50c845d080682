import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { NoteInput, type GroupDetail, type Note } from '../../../../shared/contracts/development';
import { NOTE_KINDS, type NoteKind } from '../../../../shared/domain/development';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { splitParagraphs } from '../../../components/LocalizedText';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAddNote, useRemoveNote, useUpdateNote } from '../development.queries';
import { formatDay, todayInOslo } from './group-format';
import { groupFieldMessages, showFailure } from './group-errors';
import { EditRemoveActions } from './EditRemoveActions';

/** Notes from the group's own meetings and its reference group's, newest first. */
export function NotesSection({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const notes = [...detail.notes].sort(
    (a, b) => b.metOn.localeCompare(a.metOn) || b.updatedAt.localeCompare(a.updatedAt),
  );
  return (
    <div className="stack">
      <Paragraph>{t('developmentGroups.notes.intro')}</Paragraph>
      <StatusMessage message={status} />
      {notes.length === 0 ? <Paragraph>{t('developmentGroups.notes.none')}</Paragraph> : null}
      {notes.map((n) => (
        <NoteItem key={n.id} note={n} canWrite={detail.canWrite} onDone={setStatus} />
      ))}
      {detail.canWrite ? (
        <section aria-labelledby="note-new-heading" className="stack-sm">
          <Heading level={3} data-size="xs" id="note-new-heading">
            {t('developmentGroups.notes.new')}
          </Heading>
          <NoteForm groupId={detail.group.id} onDone={setStatus} />
        </section>
      ) : null}
    </div>
  );
}

function NoteItem({
  note,
  canWrite,
  onDone,
}: {
  note: Note;
  canWrite: boolean;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [isEditing, setEditing] = useState(false);
  const remove = useRemoveNote();
  const headingId = `note-${note.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="note-card stack-sm">
      <Heading level={3} data-size="xs" id={headingId}>
        {note.title}
      </Heading>
      <div className="tags">
        <Tag data-size="sm" data-color="neutral">
          {t(`developmentGroups.noteKind.${note.kind}`)}
        </Tag>
        <span>{formatDay(note.metOn, locale)}</span>
        {note.authorName ? (
          <span className="muted">
            {t('developmentGroups.notes.by', { name: note.authorName })}
          </span>
        ) : null}
      </div>
      {splitParagraphs(note.body).map((p, i) => (
        <Paragraph key={i} className="keep-lines">
          {p}
        </Paragraph>
      ))}
      {canWrite ? (
        <EditRemoveActions
          editText={t('developmentGroups.notes.edit')}
          editName={t('developmentGroups.notes.editOf', { title: note.title })}
          isEditing={isEditing}
          onToggleEdit={() => setEditing((x) => !x)}
          itemName={note.title}
          removeName={t('developmentGroups.notes.removeOf', { title: note.title })}
          pending={remove.isPending}
          error={remove.error}
          onRemove={() => remove.mutate(note.id, { onSuccess: () => onDone(t('developmentGroups.notes.removed', { title: note.title })) })}
        />
      ) : null}
      {canWrite && isEditing ? (
        <NoteForm
          note={note}
          onDone={(message) => {
            setEditing(false);
            onDone(message);
          }}
        />
      ) : null}
    </article>
  );
}

interface Values {
  kind: NoteKind | '';
  metOn: string;
  title: string;
  body: string;
}

function NoteForm({
  groupId,
  note,
  onDone,
}: {
  groupId?: string;
  note?: Note;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const formId = note ? `note-form-${note.id}` : 'note-form-new';
  const form = useFormErrors();
  const add = useAddNote(groupId ?? '');
  const update = useUpdateNote();
  const empty: Values = { kind: 'local_meeting', metOn: todayInOslo(), title: '', body: '' };
  const [v, setV] = useState<Values>(
    note ? { kind: note.kind, metOn: note.metOn, title: note.title, body: note.body } : empty,
  );
  const [status, setStatus] = useState<string | null>(null);
  const labels = {
    kind: t('developmentGroups.notes.kind'),
    metOn: t('developmentGroups.notes.metOn'),
    title: t('developmentGroups.notes.noteTitle'),
    body: t('developmentGroups.notes.body'),
  };
  const set = (patch: Partial<Values>) => setV((x) => ({ ...x, ...patch }));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(NoteInput, v);
    if (!parsed.ok) return form.setMessages(groupFieldMessages(parsed.messages));
    form.clear();
    try {
      if (note) {
        await update.mutateAsync({ id: note.id, ...parsed.data });
        onDone(t('developmentGroups.notes.saved', { title: parsed.data.title }));
      } else {
        await add.mutateAsync(parsed.data);
        setV(empty);
        setStatus(t('developmentGroups.notes.added', { title: parsed.data.title }));
      }
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="stack-sm form subform">
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <SelectField
        id={fieldId(formId, 'kind')}
        label={labels.kind}
        value={v.kind}
        onChange={(e) => set({ kind: e.target.value as NoteKind | '' })}
        error={form.errorFor('kind')}
      >
        <ChoiceOptions values={NOTE_KINDS} label={(k) => t(`developmentGroups.noteKind.${k}`)} />
      </SelectField>
      <Textfield
        id={fieldId(formId, 'metOn')}
        label={labels.metOn}
        type="date"
        value={v.metOn}
        onChange={(e) => set({ metOn: e.target.value })}
        error={form.errorFor('metOn')}
      />
      <Textfield
        id={fieldId(formId, 'title')}
        label={labels.title}
        value={v.title}
        onChange={(e) => set({ title: e.target.value })}
        error={form.errorFor('title')}
      />
      <Textfield
        id={fieldId(formId, 'body')}
        label={labels.body}
        multiline
        rows={6}
        value={v.body}
        onChange={(e) => set({ body: e.target.value })}
        error={form.errorFor('body')}
      />
      <div className="form-actions">
        <Button type="submit" aria-disabled={add.isPending || update.isPending || undefined}>
          {note ? t('common.save') : t('developmentGroups.notes.add')}
        </Button>
        <ActionStatus message={status} />
      </div>
    </form>
  );
}
