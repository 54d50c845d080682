import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { ContentItem } from '../../../../shared/contracts/content';
import type { ContentKind } from '../../../../shared/domain/content';
import { isApiError } from '../../../app/api';
import { useLocalePath } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';
import { ContentBlocks } from '../ContentBlocks';
import { contentPath } from '../content-paths';
import { useCreateContent, useDeleteContent, usePublishContent, useSaveContent } from '../content.queries';
import { BlockEditor, blockLabels } from './BlockEditor';
import { draftInput, draftState, previewDraft, type DraftState } from './block-state';
import { StateTag } from './ContentListPage';
import { RevisionHistory } from './RevisionHistory';

const FORM_ID = 'content-editor';

interface Props {
  programmeId: string;
  programmeSlug: string;
  kind: ContentKind;
  /** The item being edited; a new one when left out. */
  item?: ContentItem;
}

/** Writes a page or news item: its fields and blocks, saved as a draft, previewed, published, with its history. */
export function ContentEditor({ programmeId, programmeSlug, kind, item }: Props) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [state, setState] = useState<DraftState>(() => draftState(item?.draft ?? null, item?.slug ?? null));
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  const create = useCreateContent(programmeId);
  const save = useSaveContent(item?.id ?? '');
  const publish = usePublishContent(item?.id ?? '', true);
  const unpublish = usePublishContent(item?.id ?? '', false);
  const remove = useDeleteContent(item?.id ?? '');
  const change = (next: Partial<DraftState>) => {
    setState((s) => ({ ...s, ...next }));
    setDirty(true);
  };

  const labels: Record<string, string> = {
    ...(kind === 'page' ? { slug: t('content.admin.fields.slug') } : { 'draft.date': t('content.admin.fields.date') }),
    ...Object.fromEntries(['nb', 'nn', 'en'].flatMap((l) => [[`draft.title.${l}`, `${t('content.admin.fields.title')} (${l})`]])),
    ...Object.fromEntries(['nb', 'nn', 'en'].flatMap((l) => [[`draft.lead.${l}`, `${t('content.admin.fields.lead')} (${l})`]])),
    ...blockLabels(state.blocks, t),
  };

  const failed = (err: unknown) => {
    setStatus(null);
    if (isApiError(err) && err.code === 'STATE_CHANGED') form.setFailure(err);
    else showFailure(form, err);
  };

  /** Saves the form when it holds changes; answers the item as saved. */
  const saveNow = async (): Promise<ContentItem | undefined> => {
    form.clear();
    const draft = draftInput(state);
    if (!item) {
      const created = await create.mutateAsync({ kind, slug: kind === 'page' ? state.slug || null : null, draft });
      void navigate(href(`/admin/innhold/${created.id}`));
      return undefined;
    }
    if (!dirty) return item;
    const saved = await save.mutateAsync({ revision: item.revision, slug: kind === 'page' ? state.slug || null : null, draft });
    setDirty(false);
    return saved;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const saved = await saveNow();
      if (saved) setStatus(t('content.admin.saved', { revision: saved.revision }));
    } catch (err) {
      failed(err);
    }
  };

  const doPublish = async () => {
    try {
      const saved = await saveNow();
      if (!saved) return;
      const done = await publish.mutateAsync(saved.revision);
      setStatus(t('content.admin.publishedNow', { revision: done.revision }));
    } catch (err) {
      failed(err);
    }
  };

  const doUnpublish = async () => {
    if (!item) return;
    try {
      await unpublish.mutateAsync(item.revision);
      setStatus(t('content.admin.unpublishedNow'));
    } catch (err) {
      failed(err);
    }
  };

  const busy = create.isPending || save.isPending || publish.isPending || unpublish.isPending;
  const published = item && item.published ? contentPath(programmeSlug, { kind, id: item.id, slug: item.slug }) : null;
  return (
    <div className="stack">
      {item ? (
        <Paragraph>
          <StateTag state={item.state} /> {t('content.admin.stateLine', { state: t(`content.admin.state.${item.state}`), revision: item.revision })}
          {published ? (
            <>
              {' '}
              <AppLink to={published}>{t('content.admin.viewPublic')}</AppLink>
            </>
          ) : null}
        </Paragraph>
      ) : null}
      <form onSubmit={submit} noValidate className="stack form">
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <LocalizedTextFields formId={FORM_ID} field="draft.title" legend={t('content.admin.fields.title')} labels={labels} values={state.title} errorFor={form.errorFor} onChange={(l, v) => change({ title: { ...state.title, [l]: v } })} />
        {kind === 'page' ? (
          <Textfield id={fieldId(FORM_ID, 'slug')} label={labels.slug} description={t('content.admin.fields.slugHelp', { programme: programmeSlug })} value={state.slug} error={form.errorFor('slug')} onChange={(e) => change({ slug: e.target.value })} />
        ) : (
          <Textfield id={fieldId(FORM_ID, 'draft.date')} type="date" label={labels['draft.date']} value={state.date} error={form.errorFor('draft.date')} onChange={(e) => change({ date: e.target.value })} />
        )}
        <LocalizedTextFields formId={FORM_ID} field="draft.lead" legend={t('content.admin.fields.lead')} rows={3} labels={labels} values={state.lead} errorFor={form.errorFor} onChange={(l, v) => change({ lead: { ...state.lead, [l]: v } })} />
        <BlockEditor formId={FORM_ID} labels={labels} errorFor={form.errorFor} blocks={state.blocks} programmeId={programmeId} onChange={(blocks) => change({ blocks })} />
        <div className="content-block-tools">
          <Button type="submit" disabled={busy}>
            {item ? t('content.admin.save') : t('content.admin.create')}
          </Button>
          {item ? (
            <Button type="button" variant="secondary" disabled={busy} onClick={() => void doPublish()}>
              {t('content.admin.publish')}
            </Button>
          ) : null}
          {item?.published ? (
            <Button type="button" variant="tertiary" disabled={busy} onClick={() => void doUnpublish()}>
              {t('content.admin.unpublish')}
            </Button>
          ) : null}
          <Button type="button" variant="tertiary" aria-expanded={preview} aria-controls="content-preview" onClick={() => setPreview((p) => !p)}>
            {t('content.admin.preview')}
          </Button>
        </div>
        <ActionStatus message={status} />
      </form>
      <section id="content-preview" hidden={!preview} aria-labelledby="content-preview-heading" className="content-preview stack-sm">
        <Heading level={2} data-size="sm" id="content-preview-heading">
          {t('content.admin.preview')}
        </Heading>
        <Paragraph data-size="sm">{t('content.admin.previewHelp')}</Paragraph>
        {preview ? (
          <>
            <Heading level={3} data-size="lg">
              {state.title.nb}
            </Heading>
            {state.lead.nb ? <Paragraph data-size="lg">{state.lead.nb}</Paragraph> : null}
            <ContentBlocks draft={previewDraft(state)} programmeId={programmeId} programmeSlug={programmeSlug} />
          </>
        ) : null}
      </section>
      {item ? (
        <>
          <RevisionHistory
            item={item}
            onRestored={(restored) => {
              setState(draftState(restored.draft, restored.slug));
              setDirty(false);
              setStatus(null);
            }}
          />
          <ConfirmDelete
            name={item.draft.title.nb}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(href(`/admin/program/${programmeSlug}/innhold`)) })}
          />
        </>
      ) : null}
    </div>
  );
}
