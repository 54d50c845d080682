import { Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { InspectDimension } from '../../../../shared/contracts/imports';
import { useLocale } from '../../../app/locale-context';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { formatCount } from '../import-format';
import {
  DIMENSION_USES,
  setDimensionChoice,
  setDimensionUse,
  type DimensionUse,
  type MappingDraft,
} from '../mapping-draft';

interface Props {
  formId: string;
  dimensions: readonly InspectDimension[];
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
  errorFor(path: string): string | undefined;
}

const categoryText = (c: { code: string; label: string }) =>
  c.label && c.label !== c.code ? `${c.label} (${c.code})` : c.code;

/** One fieldset per dimension of the file: what it is used as, and the category a filter keeps or a breakdown's total. */
export function DimensionFields({ formId, dimensions, draft, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="stack">
      {dimensions.map((d, index) => {
        const choice = draft.dimensions[d.id] ?? { use: 'none' as const, category: '', total: '' };
        const name = d.label || d.id;
        const only = d.size === 1 ? d.categories[0] : undefined;
        return (
          <div key={d.id} className="subform">
            <Fieldset className="dimension-fieldset">
              <Fieldset.Legend>
                {name} {d.label && d.label !== d.id ? <code>{d.id}</code> : null}
              </Fieldset.Legend>
              <Fieldset.Description>
                {t('imports.mapping.dimensionFacts', {
                  count: d.size,
                  n: formatCount(d.size, locale),
                })}
                {d.role
                  ? ` ${t('imports.mapping.roleHint', { role: t(`imports.role.${d.role}`) })}`
                  : ''}
              </Fieldset.Description>
              <SelectField
                id={fieldId(formId, `dimension.${index}`)}
                label={t('imports.mapping.useOf', { dimension: name })}
                value={choice.use}
                onChange={(e) =>
                  onChange(setDimensionUse(draft, d, e.target.value as DimensionUse))
                }
                error={errorFor(`dimension.${index}`)}
              >
                {DIMENSION_USES.map((use) => (
                  <option key={use} value={use}>
                    {use === 'none' && only
                      ? t('imports.use.noneSingle', { category: categoryText(only) })
                      : t(`imports.use.${use}`)}
                  </option>
                ))}
              </SelectField>
              {choice.use === 'filter' ? (
                <SelectField
                  id={fieldId(formId, `dimension.${index}.category`)}
                  label={t('imports.mapping.filterCategory', { dimension: name })}
                  description={t('imports.mapping.filterCategoryHelp')}
                  value={choice.category}
                  onChange={(e) =>
                    onChange(setDimensionChoice(draft, d.id, { category: e.target.value }))
                  }
                  error={errorFor(`dimension.${index}.category`)}
                >
                  {d.categories.map((c) => (
                    <option key={c.code} value={c.code}>
                      {categoryText(c)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {choice.use === 'breakdown' ? (
                <SelectField
                  id={fieldId(formId, `dimension.${index}.total`)}
                  label={t('imports.mapping.totalCategory', { dimension: name })}
                  description={t('imports.mapping.totalCategoryHelp')}
                  value={choice.total}
                  onChange={(e) =>
                    onChange(setDimensionChoice(draft, d.id, { total: e.target.value }))
                  }
                >
                  <option value="">{t('imports.mapping.noTotal')}</option>
                  {d.categories.map((c) => (
                    <option key={c.code} value={c.code}>
                      {categoryText(c)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
            </Fieldset>
          </div>
        );
      })}
    </div>
  );
}
