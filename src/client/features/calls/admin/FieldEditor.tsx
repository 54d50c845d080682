import { Button, Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { ATTACHMENT_TYPES, FIELD_KINDS, type FieldKind } from '../../../../shared/domain/application-form-limits';
import { LOCALES } from '../../../../shared/domain/localized';
import type { TFunction } from '../../../../shared/i18n/translator';
import { useTranslation } from '../../../app/translation';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import { emptyText } from '../../governance/admin/form-support';
import { move, newField, uid, type FieldDraft } from './call-form-values';
import { RowActions } from './call-parts';

/** The labels of one field's inputs by their API path, for the error summary. */
export function fieldLabels(t: TFunction, at: string, name: string, f: FieldDraft): Record<string, string> {
  const labels: Record<string, string> = {};
  const of = (what: string) => `${name}: ${what}`;
  labels[`${at}.kind`] = of(t('callsAdmin.field.kind'));
  labels[`${at}.key`] = of(t('callsAdmin.field.key'));
  for (const l of LOCALES) labels[`${at}.label.${l}`] = of(t('callsAdmin.field.labelIn', { language: t(`language.${l}`) }));
  for (const l of LOCALES) labels[`${at}.help.${l}`] = of(t('callsAdmin.field.helpIn', { language: t(`language.${l}`) }));
  for (const k of ['maxLength', 'min', 'max', 'earliest', 'latest', 'accept', 'maxSizeMb', 'maxFiles', 'options'] as const) labels[`${at}.${k}`] = of(t(`callsAdmin.field.${k}`));
  f.options.forEach((_, o) => {
    labels[`${at}.options.${o}.value`] = of(t('callsAdmin.field.optionValue', { n: o + 1 }));
    for (const l of LOCALES) labels[`${at}.options.${o}.label.${l}`] = of(t('callsAdmin.field.optionLabel', { n: o + 1, language: t(`language.${l}`) }));
  });
  return labels;
}

interface Props {
  formId: string;
  /** The field's API path, `form.sections.0.fields.2`. */
  at: string;
  name: string;
  field: FieldDraft;
  labels: Record<string, string>;
  errorFor(path: string): string | undefined;
  fixed: boolean;
  onChange(patch: Partial<FieldDraft>): void;
  onMove(delta: number): void;
  onRemove(): void;
}

/** One field of the application form: its kind, key, label, help, whether required, and the settings of its kind. */
export function FieldEditor({ formId, at, name, field: f, labels, errorFor, fixed, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const input = (key: 'maxLength' | 'min' | 'max' | 'maxSizeMb' | 'maxFiles', help?: string) => (
    <Textfield id={fieldId(formId, `${at}.${key}`)} label={t(`callsAdmin.field.${key}`)} description={help} inputMode="numeric" value={f[key]} onChange={(e) => onChange({ [key]: e.target.value })} error={errorFor(`${at}.${key}`)} />
  );
  const changeKind = (kind: FieldKind) => {
    const fresh = newField(kind, []);
    onChange({ ...fresh, uid: f.uid, key: f.key, label: f.label, help: f.help, required: f.required });
  };
  const setOption = (o: number, patch: Partial<FieldDraft['options'][number]>) => onChange({ options: f.options.map((x, j) => (j === o ? { ...x, ...patch } : x)) });
  return (
    <Fieldset className="call-row call-field" disabled={fixed}>
      <Fieldset.Legend>{`${name} (${t(`applicationForm.kinds.${f.kind}`)})`}</Fieldset.Legend>
      <div className="gov-pair">
        <SelectField id={fieldId(formId, `${at}.kind`)} label={t('callsAdmin.field.kind')} value={f.kind} onChange={(e) => changeKind(e.target.value as FieldKind)} error={errorFor(`${at}.kind`)}>
          <ChoiceOptions values={FIELD_KINDS} label={(k) => t(`applicationForm.kinds.${k}`)} />
        </SelectField>
        <Textfield id={fieldId(formId, `${at}.key`)} label={t('callsAdmin.field.key')} description={t('callsAdmin.keyHelp')} value={f.key} onChange={(e) => onChange({ key: e.target.value })} error={errorFor(`${at}.key`)} />
      </div>
      <LocalizedTextFields formId={formId} field={`${at}.label`} legend={t('callsAdmin.field.label')} labels={labels} values={f.label} errorFor={errorFor} onChange={(l, x) => onChange({ label: { ...f.label, [l]: x } })} />
      <LocalizedTextFields formId={formId} field={`${at}.help`} legend={t('callsAdmin.field.help')} rows={2} labels={labels} values={f.help} errorFor={errorFor} onChange={(l, x) => onChange({ help: { ...f.help, [l]: x } })} />
      <Checkbox id={fieldId(formId, `${at}.required`)} label={t('callsAdmin.field.required')} checked={f.required} onChange={(e) => onChange({ required: e.target.checked })} />
      {f.kind === 'short_text' || f.kind === 'long_text' ? input('maxLength', t('callsAdmin.field.maxLengthHelp')) : null}
      {f.kind === 'number' || f.kind === 'amount' ? (
        <div className="gov-pair">
          {input('min')}
          {input('max')}
        </div>
      ) : null}
      {f.kind === 'number' ? <Checkbox id={fieldId(formId, `${at}.integer`)} label={t('callsAdmin.field.integer')} checked={f.integer} onChange={(e) => onChange({ integer: e.target.checked })} /> : null}
      {f.kind === 'amount' ? <Checkbox id={fieldId(formId, `${at}.requested`)} label={t('callsAdmin.field.requested')} checked={f.requested} onChange={(e) => onChange({ requested: e.target.checked })} /> : null}
      {f.kind === 'date' ? (
        <div className="gov-pair">
          {(['earliest', 'latest'] as const).map((k) => (
            <Textfield key={k} id={fieldId(formId, `${at}.${k}`)} type="date" label={t(`callsAdmin.field.${k}`)} value={f[k]} onChange={(e) => onChange({ [k]: e.target.value })} error={errorFor(`${at}.${k}`)} />
          ))}
        </div>
      ) : null}
      {f.kind === 'choice' ? (
        <Fieldset id={fieldId(formId, `${at}.options`)} tabIndex={-1}>
          <Fieldset.Legend>{t('callsAdmin.field.options')}</Fieldset.Legend>
          <Checkbox id={fieldId(formId, `${at}.multiple`)} label={t('callsAdmin.field.multiple')} checked={f.multiple} onChange={(e) => onChange({ multiple: e.target.checked })} />
          {f.options.map((o, i) => {
            const optionName = t('callsAdmin.field.optionN', { n: i + 1 });
            return (
              <div key={o.uid} className="call-option stack-sm">
                <Textfield id={fieldId(formId, `${at}.options.${i}.value`)} label={labels[`${at}.options.${i}.value`]} value={o.value} onChange={(e) => setOption(i, { value: e.target.value })} error={errorFor(`${at}.options.${i}.value`)} />
                <LocalizedTextFields formId={formId} field={`${at}.options.${i}.label`} legend={optionName} labels={labels} values={o.label} errorFor={errorFor} onChange={(l, x) => setOption(i, { label: { ...o.label, [l]: x } })} />
                <RowActions name={`${name}, ${optionName}`} disabled={fixed} onMove={(d) => onChange({ options: move(f.options, i, d) })} onRemove={() => onChange({ options: f.options.filter((_, j) => j !== i) })} />
              </div>
            );
          })}
          {fixed ? null : (
            <div>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange({ options: [...f.options, { uid: uid(), value: `option_${f.options.length + 1}`, label: emptyText() }] })}>
                {t('callsAdmin.field.addOption')}
              </Button>
            </div>
          )}
        </Fieldset>
      ) : null}
      {f.kind === 'attachment' ? (
        <>
          <Fieldset id={fieldId(formId, `${at}.accept`)} tabIndex={-1}>
            <Fieldset.Legend>{t('callsAdmin.field.accept')}</Fieldset.Legend>
            <div className="call-kinds">
              {ATTACHMENT_TYPES.map((type) => (
                <Checkbox
                  key={type}
                  id={fieldId(formId, `${at}.accept-${type}`)}
                  label={type.toUpperCase()}
                  checked={f.accept.includes(type)}
                  onChange={(e) => onChange({ accept: e.target.checked ? [...f.accept, type] : f.accept.filter((x) => x !== type) })}
                />
              ))}
            </div>
            {errorFor(`${at}.accept`) ? <ValidationMessage>{errorFor(`${at}.accept`)}</ValidationMessage> : null}
          </Fieldset>
          <div className="gov-pair">
            {input('maxSizeMb', t('callsAdmin.field.maxSizeMbHelp'))}
            {input('maxFiles')}
          </div>
        </>
      ) : null}
      <RowActions name={name} disabled={fixed} onMove={onMove} onRemove={onRemove} />
    </Fieldset>
  );
}
