import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { FieldOfKind, ReachRow } from '../../../../shared/contracts/application-form';
import { useTranslation } from '../../../app/translation';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { useAreaSource } from '../../areas/areas.queries';
import { answerFieldId, useFieldLabel, type AnswerFieldProps } from './field-label';

type Row = { areaId: string | null; targetGroup: string; count: number | string | null };

/**
 * The areas and target groups a project reaches, as rows of counts ("pupils in year 8", 30):
 * never names or other personal data.
 */
export function ReachAnswer({ field, value, onChange, onLeave, errors, disabled }: AnswerFieldProps & { field: FieldOfKind<'reach'> }) {
  const { t } = useTranslation();
  const label = useFieldLabel(field);
  const areas = useAreaSource();
  const rows: Row[] = Array.isArray(value) ? (value as ReachRow[]) : [];
  const id = answerFieldId(field.key);
  const set = (i: number, p: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const count = (raw: string) => {
    const clean = raw.replace(/\s/g, '');
    if (clean === '') return null;
    return /^\d+$/.test(clean) ? Number(clean) : raw;
  };
  return (
    <Fieldset id={id} tabIndex={-1} className="answer-fieldset" onBlur={onLeave}>
      <Fieldset.Legend>{label.text}</Fieldset.Legend>
      <Fieldset.Description>
        {label.help ? `${label.help} ` : ''}
        {t('applications.reach.help')}
      </Fieldset.Description>
      {rows.map((row, i) => (
        <div key={i} className="reach-row" role="group" aria-label={t('applications.reach.row', { n: i + 1 })}>
          <Textfield
            id={`${id}-${i}-targetGroup`}
            label={t('applications.reach.targetGroup')}
            value={row.targetGroup}
            readOnly={disabled}
            onChange={(e) => set(i, { targetGroup: e.target.value })}
          />
          <Textfield
            id={`${id}-${i}-count`}
            label={t('applications.reach.count')}
            inputMode="numeric"
            value={row.count === null ? '' : String(row.count)}
            readOnly={disabled}
            onChange={(e) => set(i, { count: count(e.target.value) })}
          />
          {disabled ? null : (
            <EntityPicker
              id={`${id}-${i}-area`}
              label={t('applications.reach.area')}
              searchLabel={t('applications.reach.areaSearch')}
              source={areas}
              value={row.areaId}
              onChange={(areaId) => set(i, { areaId })}
            />
          )}
          {disabled ? null : (
            <div>
              <Button variant="tertiary" data-size="sm" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {t('applications.reach.remove', { n: i + 1 })}
              </Button>
            </div>
          )}
        </div>
      ))}
      {disabled ? null : (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => onChange([...rows, { areaId: null, targetGroup: '', count: null }])}>
            {t('applications.reach.add')}
          </Button>
        </div>
      )}
      {errors.length ? <p className="answer-error ds-validation-message" data-color="danger">{errors.join(' ')}</p> : null}
    </Fieldset>
  );
}
