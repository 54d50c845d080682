import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { StandardDetail } from '../../../../shared/contracts/standards';
import { SECTION_KINDS, type SectionKind } from '../../../../shared/domain/standards';
import { useTranslation } from '../../../app/translation';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { showFailure } from '../../governance/admin/form-support';
import { useUpdateStandard } from '../standards.queries';
import { sectionPayload, sectionValues, type SectionValues } from './standard-form';

/**
 * The draft source: its title and sections. A section's key stays the same from version to
 * version (translations follow it); publishing makes the draft the next version.
 */
export function SourceEditor({ standard, onSaved }: { standard: StandardDetail; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const update = useUpdateStandard(standard.id);
  const [title, setTitle] = useState(standard.title);
  const [sections, setSections] = useState<SectionValues[]>(standard.sections.map(sectionValues));
  const id = 'standard-source';
  const labels: Record<string, string> = { title: t('standards.admin.fields.title') };
  sections.forEach((s, i) => {
    const n = { number: i + 1 };
    labels[`sections.${i}.key`] = t('standards.admin.fields.key', n);
    labels[`sections.${i}.heading`] = t('standards.admin.fields.heading', n);
    labels[`sections.${i}.text`] = t('standards.admin.fields.text', n);
    labels[`sections.${i}.items`] = t('standards.admin.fields.items', n);
    labels[`sections.${i}.fromSchool`] = t('standards.admin.fields.fromSchool', n);
    labels[`sections.${i}.fromHome`] = t('standards.admin.fields.fromHome', n);
  });
  const set = (i: number, patch: Partial<SectionValues>) => setSections((old) => old.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await update.mutateAsync({ title, sections: sections.map(sectionPayload), revision: standard.revision });
      onSaved();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('standards.admin.source')}
      </Heading>
      <Paragraph data-size="sm">{t('standards.admin.sourceIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={id} labels={labels} />
        <Textfield id={fieldId(id, 'title')} label={labels.title} value={title} onChange={(e) => setTitle(e.target.value)} error={form.errorFor('title')} />
        {sections.map((s, i) => (
          <Fieldset key={i} className="stack-sm standard-section-editor">
            <Fieldset.Legend>{t('standards.admin.sectionLegend', { number: i + 1, heading: s.heading || '–' })}</Fieldset.Legend>
            <Textfield id={fieldId(id, `sections.${i}.key`)} label={labels[`sections.${i}.key`]} description={t('standards.admin.fields.keyHelp')} value={s.key} onChange={(e) => set(i, { key: e.target.value })} error={form.errorFor(`sections.${i}.key`)} />
            <SelectField id={fieldId(id, `sections.${i}.kind`)} label={t('standards.admin.fields.kind', { number: i + 1 })} value={s.kind} onChange={(e) => set(i, { kind: e.target.value as SectionKind })}>
              {SECTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`standards.kind.${k}`)}
                </option>
              ))}
            </SelectField>
            <Textfield id={fieldId(id, `sections.${i}.heading`)} label={labels[`sections.${i}.heading`]} value={s.heading} onChange={(e) => set(i, { heading: e.target.value })} error={form.errorFor(`sections.${i}.heading`)} />
            {s.kind !== 'list' ? <Textfield id={fieldId(id, `sections.${i}.text`)} label={labels[`sections.${i}.text`]} multiline rows={4} value={s.text} onChange={(e) => set(i, { text: e.target.value })} error={form.errorFor(`sections.${i}.text`)} /> : null}
            {s.kind === 'list' ? <Textfield id={fieldId(id, `sections.${i}.items`)} label={labels[`sections.${i}.items`]} description={t('standards.admin.fields.linesHelp')} multiline rows={4} value={s.items} onChange={(e) => set(i, { items: e.target.value })} error={form.errorFor(`sections.${i}.items`)} /> : null}
            {s.kind === 'area' ? (
              <>
                <Textfield id={fieldId(id, `sections.${i}.fromSchool`)} label={labels[`sections.${i}.fromSchool`]} description={t('standards.admin.fields.linesHelp')} multiline rows={4} value={s.fromSchool} onChange={(e) => set(i, { fromSchool: e.target.value })} error={form.errorFor(`sections.${i}.fromSchool`)} />
                <Textfield id={fieldId(id, `sections.${i}.fromHome`)} label={labels[`sections.${i}.fromHome`]} description={t('standards.admin.fields.linesHelp')} multiline rows={4} value={s.fromHome} onChange={(e) => set(i, { fromHome: e.target.value })} error={form.errorFor(`sections.${i}.fromHome`)} />
              </>
            ) : null}
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setSections((old) => old.filter((_, j) => j !== i))}>
                {t('standards.admin.removeSection', { number: i + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        <div className="button-row">
          <Button type="button" variant="secondary" onClick={() => setSections((old) => [...old, { key: '', kind: 'text', heading: '', text: '', items: '', fromSchool: '', fromHome: '' }])}>
            {t('standards.admin.addSection')}
          </Button>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('standards.admin.saveDraft')}
          </Button>
        </div>
      </form>
    </section>
  );
}
