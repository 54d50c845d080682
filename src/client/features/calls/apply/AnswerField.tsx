import { useState } from 'react';
import { Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import type { LocalizedText } from '../../../../shared/domain/localized';
import { useTranslation } from '../../../app/translation';
import { useLocalized } from '../../../components/LocalizedText';
import { answerFieldId, useFieldLabel, type AnswerFieldProps } from './field-label';
import { ReachAnswer } from './ReachAnswer';
import { AttachmentAnswer } from './AttachmentAnswer';
import { useProgrammeChoices } from './programme-choices';

function errorText(errors: string[]) {
  return errors.length ? errors.join(' ') : undefined;
}

/** A number as typed: kept as text while it is not one, so the server can say so at the field. */
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

function parseNumber(raw: string): number | string | null {
  const clean = raw.replace(/\s/g, '').replace(',', '.');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : raw;
}

function NumberAnswer({ field, value, onChange, onLeave, errors, disabled }: AnswerFieldProps) {
  const label = useFieldLabel(field);
  const [typed, setTyped] = useState(asText(value));
  // What the user typed while it still means the answer ("1 000", "2,5"); the answer itself when it came from elsewhere (another person's version).
  const text = parseNumber(typed) === (value ?? null) ? typed : asText(value);
  const change = (raw: string) => {
    setTyped(raw);
    onChange(parseNumber(raw));
  };
  return (
    <Textfield
      id={answerFieldId(field.key)}
      label={label.text}
      description={label.help}
      inputMode={field.kind === 'amount' || ('integer' in field && field.integer) ? 'numeric' : 'decimal'}
      value={text}
      onChange={(e) => change(e.target.value)}
      onBlur={onLeave}
      error={errorText(errors)}
      readOnly={disabled}
    />
  );
}

function Option({ text }: { text: LocalizedText }) {
  const picked = useLocalized(text);
  return <span lang={picked.lang}>{picked.text}</span>;
}

/** Options as checkboxes (several may be chosen) or radio buttons (one). */
function ChoiceAnswer({ field, value, onChange, onLeave, errors, disabled, options, multiple }: AnswerFieldProps & { options: { value: string; label: LocalizedText }[]; multiple: boolean }) {
  const label = useFieldLabel(field);
  const chosen = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  const toggle = (v: string, on: boolean) => onChange(on ? [...chosen, v] : chosen.filter((c) => c !== v));
  return (
    <Fieldset id={answerFieldId(field.key)} tabIndex={-1} onBlur={onLeave} className="answer-fieldset">
      <Fieldset.Legend>{label.text}</Fieldset.Legend>
      {label.help ? <Fieldset.Description>{label.help}</Fieldset.Description> : null}
      {options.map((o) =>
        multiple ? (
          <Checkbox key={o.value} label={<Option text={o.label} />} value={o.value} checked={chosen.includes(o.value)} disabled={disabled} onChange={(e) => toggle(o.value, e.target.checked)} />
        ) : (
          <Radio key={o.value} name={`answer-${field.key}`} label={<Option text={o.label} />} value={o.value} checked={chosen[0] === o.value} disabled={disabled} onChange={() => onChange(o.value)} />
        ),
      )}
      {errors.length ? <p className="answer-error ds-validation-message" data-color="danger">{errorText(errors)}</p> : null}
    </Fieldset>
  );
}

/** Goals or efforts of the call's programme, as checkboxes. */
function ProgrammeChoiceAnswer(props: AnswerFieldProps & { kind: 'goals' | 'efforts' }) {
  const { t } = useTranslation();
  const choices = useProgrammeChoices(props.programmeId, props.kind);
  if (choices.isPending) return <p>{t('common.loading')}</p>;
  if (choices.options.length === 0) {
    return (
      <div id={answerFieldId(props.field.key)} tabIndex={-1}>
        <ChoiceAnswer {...props} options={[]} multiple />
        <p>{t(`applications.editor.no_${props.kind}`)}</p>
      </div>
    );
  }
  return <ChoiceAnswer {...props} options={choices.options} multiple />;
}

export { answerFieldId };

/** One field of the application form, as its kind needs it. */
export function AnswerField(props: AnswerFieldProps) {
  const { field, value, onChange, onLeave, errors, disabled } = props;
  const label = useFieldLabel(field);
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'short_text':
    case 'long_text': {
      const common = {
        id: answerFieldId(field.key),
        label: label.text,
        description: label.help,
        value: text,
        maxLength: field.maxLength,
        counter: field.kind === 'long_text' ? field.maxLength : undefined,
        onBlur: onLeave,
        error: errorText(errors),
        readOnly: disabled,
      };
      return field.kind === 'long_text' ? (
        <Textfield {...common} multiline rows={6} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Textfield {...common} onChange={(e) => onChange(e.target.value)} />
      );
    }
    case 'number':
    case 'amount':
      return <NumberAnswer {...props} />;
    case 'date':
      return (
        <Textfield
          id={answerFieldId(field.key)}
          type="date"
          label={label.text}
          description={label.help}
          min={field.earliest}
          max={field.latest}
          value={text}
          onChange={(e) => onChange(e.target.value || null)}
          onBlur={onLeave}
          error={errorText(errors)}
          readOnly={disabled}
        />
      );
    case 'choice':
      return <ChoiceAnswer {...props} options={field.options} multiple={field.multiple} />;
    case 'goals':
    case 'efforts':
      return <ProgrammeChoiceAnswer {...props} kind={field.kind} />;
    case 'reach':
      return <ReachAnswer {...props} field={field} />;
    case 'attachment':
      return <AttachmentAnswer {...props} field={field} />;
  }
}
