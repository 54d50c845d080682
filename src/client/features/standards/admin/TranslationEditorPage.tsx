import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { TranslationEditor } from '../../../../shared/contracts/standards';
import { isStandardLanguage, LANGUAGE_INFO, type StandardLanguage } from '../../../../shared/domain/standards';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { showFailure } from '../../governance/admin/form-support';
import { useSaveTranslationSection, useSaveTranslationTitle, useTranslationEditor } from '../standards.queries';
import { StatusTag } from './StandardAdminPage';
import { WordDiff } from './WordDiff';
import { fromLines, toLines } from './standard-form';
import '../public/standards.css';

/** One language of a standard: each source section beside its translation, with the source's change where it is outdated. */
export function TranslationEditorPage() {
  const { id = '', lang = '' } = useParams();
  if (!isStandardLanguage(lang)) return <NotFoundPage />;
  return <Loader id={id} lang={lang} />;
}

function Loader({ id, lang }: { id: string; lang: StandardLanguage }) {
  const editor = useTranslationEditor(id, lang);
  if (editor.isPending) return <Loading />;
  if (editor.isError) return <QueryFailure error={editor.error} />;
  return <Editor editor={editor.data} />;
}

function Editor({ editor }: { editor: TranslationEditor }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const info = LANGUAGE_INFO[editor.language];
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/standarder/${editor.standardId}`}>{t('standards.translate.back', { title: editor.standardTitle })}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('standards.translate.title', { language: info.name })} – ${editor.standardTitle}`}>
        {t('standards.translate.heading')}{' '}
        <span lang={editor.language} dir={info.dir}>
          {info.name}
        </span>
      </PageHeading>
      <Paragraph>{editor.canEdit ? t('standards.translate.intro', { number: editor.latestVersion }) : t('standards.translate.readOnly')}</Paragraph>
      {editor.latestVersion === 0 ? <Paragraph>{t('standards.translate.notPublished')}</Paragraph> : null}
      <ActionStatus message={saved} />
      {editor.latestVersion > 0 ? <TitleForm editor={editor} onSaved={() => setSaved(t('standards.admin.saved'))} /> : null}
      {editor.sections.map((s) => (
        <SectionForm key={`${s.source.key}-${editor.revision}`} editor={editor} entry={s} onSaved={() => setSaved(t('standards.translate.savedSection', { heading: s.source.heading }))} />
      ))}
    </div>
  );
}

function TitleForm({ editor, onSaved }: { editor: TranslationEditor; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSaveTranslationTitle(editor.standardId, editor.language);
  const [title, setTitle] = useState(editor.title);
  const id = 'translation-title';
  const labels = { title: t('standards.translate.titleField') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await save.mutateAsync({ title, revision: editor.revision });
      onSaved();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack form subform">
      <FormErrorSummary form={form} formId={id} labels={labels} />
      <Textfield id={fieldId(id, 'title')} label={labels.title} description={editor.standardTitle} readOnly={!editor.canEdit} lang={editor.language} dir={editor.dir} value={title} onChange={(e) => setTitle(e.target.value)} error={form.errorFor('title')} />
      {editor.canEdit ? (
        <div>
          <Button type="submit" variant="secondary" disabled={save.isPending}>
            {t('standards.translate.saveTitle')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

type Entry = TranslationEditor['sections'][number];

function SectionForm({ editor, entry, onSaved }: { editor: TranslationEditor; entry: Entry; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const save = useSaveTranslationSection(editor.standardId, editor.language);
  const { source, translation, status } = entry;
  const [v, setV] = useState({
    heading: translation?.heading ?? '',
    text: translation?.text ?? '',
    items: toLines(translation?.items ?? []),
    fromSchool: toLines(translation?.fromSchool ?? []),
    fromHome: toLines(translation?.fromHome ?? []),
  });
  const id = `translation-${source.key}`;
  const labels: Record<string, string> = { heading: t('standards.translate.fields.heading'), text: t('standards.translate.fields.text'), items: t('standards.admin.fields.itemsPlain'), fromSchool: t('standards.admin.fields.fromSchoolPlain'), fromHome: t('standards.admin.fields.fromHomePlain') };
  const field = (name: keyof typeof v, multiline: boolean, sourceText: string) => {
    const common = {
      id: fieldId(id, name),
      label: labels[name]!,
      description: <span lang="nb">{sourceText}</span>,
      readOnly: !editor.canEdit,
      lang: editor.language,
      dir: editor.dir,
      value: v[name],
      error: form.errorFor(name),
    };
    const change = (value: string) => setV((old) => ({ ...old, [name]: value }));
    return multiline ? <Textfield {...common} multiline rows={4} onChange={(e) => change(e.target.value)} /> : <Textfield {...common} onChange={(e) => change(e.target.value)} />;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await save.mutateAsync({ key: source.key, heading: v.heading, text: v.text, items: fromLines(v.items), fromSchool: fromLines(v.fromSchool), fromHome: fromLines(v.fromHome), revision: editor.revision });
      onSaved();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm standard-section">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        <span lang="nb">{source.heading}</span> <StatusTag status={status.status} />
      </Heading>
      {status.status === 'outdated' && status.diff ? (
        <div className="stack-sm">
          <Paragraph data-size="sm">{t('standards.translate.changed', { from: status.sourceVersion ?? 0, to: editor.latestVersion })}</Paragraph>
          <WordDiff parts={status.diff} />
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={id} labels={labels} />
        {field('heading', false, source.heading)}
        {source.kind !== 'list' ? field('text', true, source.text) : null}
        {source.kind === 'list' ? field('items', true, toLines(source.items)) : null}
        {source.kind === 'area' ? field('fromSchool', true, toLines(source.fromSchool)) : null}
        {source.kind === 'area' ? field('fromHome', true, toLines(source.fromHome)) : null}
        {editor.canEdit ? (
          <div>
            <Button type="submit" disabled={save.isPending}>
              {status.status === 'outdated' ? t('standards.translate.confirm', { number: editor.latestVersion }) : t('standards.translate.save')}
            </Button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
