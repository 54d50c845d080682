import { Button, Fieldset, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Indicator } from '../../../../shared/contracts/indicators';
import type { InspectDimension } from '../../../../shared/contracts/imports';
import { useAreaSource } from '../../areas/areas.queries';
import { pickText } from '../../../../shared/domain/localized';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { dimensionWith, type MappingDraft, type SingleUse } from '../mapping-draft';

/** A code the catalogue accepts, made from a metric's code in the file ("KOSandel120000" → "kosandel120000"). */
export function suggestIndicatorCode(category: string): string {
  const code = category
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return code.length >= 2 ? code : '';
}

interface Props {
  formId: string;
  dimensions: readonly InspectDimension[];
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
  errorFor(path: string): string | undefined;
  indicators: readonly Indicator[];
  /** Where the file came from, to prefill a new indicator's source. */
  sourceUrl: string | null;
  /** Reads the catalogue again (after an indicator was created in another tab). */
  onRefresh(): void;
  refreshing: boolean;
}

function IndicatorOptions({
  indicators,
  skipLabel,
}: {
  indicators: readonly Indicator[];
  skipLabel: string;
}) {
  const locale = useLocale();
  const { t } = useTranslation();
  return (
    <>
      <option value="">{skipLabel}</option>
      {indicators.map((i) => (
        <option key={i.code} value={i.code}>
          {pickText(i.name, locale).text} ({i.code}) – {t(`indicatorUnit.${i.unit}`)}
        </option>
      ))}
    </>
  );
}

/**
 * Which indicator each metric of the file feeds, and the fixed area, period or indicator for a
 * file without such a dimension.
 */
export function MetricFields({
  formId,
  dimensions,
  draft,
  onChange,
  errorFor,
  indicators,
  sourceUrl,
  onRefresh,
  refreshing,
}: Props) {
  const { t } = useTranslation();
  const areaCodeSource = useAreaSource('code');
  const href = useLocalePath();
  const metricId = dimensionWith(draft, 'indicator');
  const metric = dimensions.find((d) => d.id === metricId);
  const setFixed = (use: SingleUse, value: string) =>
    onChange({ ...draft, fixed: { ...draft.fixed, [use]: value } });
  const known = new Set(indicators.map((i) => i.code));

  const newIndicatorHref = (category: { code: string; label: string }) => {
    const params = new URLSearchParams();
    const code = suggestIndicatorCode(category.code);
    if (code) params.set('kode', code);
    if (category.label) params.set('navn', category.label);
    if (sourceUrl) params.set('url', sourceUrl);
    return href(`/admin/indikatorer/ny?${params.toString()}`);
  };

  return (
    <div className="stack">
      {metric ? (
        <div className="subform">
          <Fieldset>
            <Fieldset.Legend>
              {t('imports.mapping.metrics', { dimension: metric.label || metric.id })}
            </Fieldset.Legend>
            <Fieldset.Description>{t('imports.mapping.metricsHelp')}</Fieldset.Description>
            {metric.categories.map((c, index) => {
              const value = draft.indicatorCategories[c.code] ?? '';
              // A saved mapping may name an indicator since removed from the catalogue: keep it visible.
              const missing = value !== '' && !known.has(value);
              return (
                <div key={c.code} className="stack-sm metric-row">
                  <SelectField
                    id={
                      index === 0
                        ? fieldId(formId, 'indicator.categories')
                        : fieldId(formId, `indicator.categories.${index}`)
                    }
                    label={c.label && c.label !== c.code ? `${c.label} (${c.code})` : c.code}
                    value={value}
                    onChange={(e) =>
                      onChange({
                        ...draft,
                        indicatorCategories: {
                          ...draft.indicatorCategories,
                          [c.code]: e.target.value,
                        },
                      })
                    }
                    error={index === 0 ? errorFor('indicator.categories') : undefined}
                  >
                    <IndicatorOptions
                      indicators={indicators}
                      skipLabel={t('imports.mapping.skipMetric')}
                    />
                    {missing ? (
                      <option value={value}>
                        {t('imports.mapping.unknownIndicator', { code: value })}
                      </option>
                    ) : null}
                  </SelectField>
                  <Paragraph data-size="sm">
                    <Link href={newIndicatorHref(c)} target="_blank" rel="noopener">
                      {t('imports.mapping.newIndicator', { name: c.label || c.code })}
                      <span className="visually-hidden"> {t('imports.mapping.opensInNewTab')}</span>
                    </Link>
                  </Paragraph>
                </div>
              );
            })}
            <Paragraph data-size="sm" className="muted">
              {t('imports.mapping.newIndicatorHelp')}
            </Paragraph>
            <div>
              <Button variant="tertiary" data-size="sm" disabled={refreshing} onClick={onRefresh}>
                {refreshing ? t('common.loading') : t('imports.mapping.refreshIndicators')}
              </Button>
            </div>
          </Fieldset>
        </div>
      ) : null}

      {dimensionWith(draft, 'area') === undefined ? (
        <EntityPicker
          id={fieldId(formId, 'fixed.area')}
          label={t('imports.mapping.fixedArea')}
          searchLabel={t('imports.mapping.searchFixedArea')}
          description={t('imports.mapping.fixedAreaHelp')}
          source={areaCodeSource}
          value={draft.fixed.area || null}
          onChange={(code) => setFixed('area', code ?? '')}
          error={errorFor('fixed.area')}
        />
      ) : null}
      {dimensionWith(draft, 'period') === undefined ? (
        <Textfield
          id={fieldId(formId, 'fixed.period')}
          label={t('imports.mapping.fixedPeriod')}
          description={t('imports.mapping.fixedPeriodHelp')}
          value={draft.fixed.period}
          onChange={(e) => setFixed('period', e.target.value)}
          error={errorFor('fixed.period')}
          autoComplete="off"
        />
      ) : null}
      {metric === undefined ? (
        <SelectField
          id={fieldId(formId, 'fixed.indicator')}
          label={t('imports.mapping.fixedIndicator')}
          description={t('imports.mapping.fixedIndicatorHelp')}
          value={draft.fixed.indicator}
          onChange={(e) => setFixed('indicator', e.target.value)}
          error={errorFor('fixed.indicator')}
        >
          <IndicatorOptions indicators={indicators} skipLabel={t('picker.choose')} />
        </SelectField>
      ) : null}
    </div>
  );
}
