import { useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type {
  ImportMappingInput,
  SavedMapping,
  Upload,
} from '../../../../shared/contracts/imports';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { type FieldMessages } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useAllIndicators } from '../../indicators/indicators.queries';
import {
  checkDraft,
  draftFromMapping,
  mappingFromDraft,
  type DraftProblem,
  type MappingDraft,
} from '../mapping-draft';
import { DimensionFields } from './DimensionFields';
import { MetricFields } from './MetricFields';
import { ApplySavedMapping, SaveMapping } from './SavedMappings';
import { SOURCE_FIELDS, SourceFields } from './SourceFields';
import { SymbolStatusFields } from './SymbolStatusFields';
import { StepHeading } from './StepHeading';

const FORM_ID = 'mapping';

interface Props {
  upload: Upload;
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
  announce(text: string): void;
  onBack(): void;
  onNext(): void;
}

export function problemMessages(problems: readonly DraftProblem[]): FieldMessages {
  const out: FieldMessages = {};
  for (const p of problems)
    if (!out[p.path])
      out[p.path] = { path: p.path, keys: [p.key], ...(p.params ? { params: p.params } : {}) };
  return out;
}

/** Step 3: what each dimension is, which indicator each metric feeds; saved and downloadable mappings. */
export function StepMapping({ upload, draft, onChange, announce, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const indicators = useAllIndicators();
  const [ignored, setIgnored] = useState<string[]>([]);
  const dims = upload.dimensions;

  // In the order of the form, which is also the order of the error summary.
  const labels: Record<string, string> = {};
  dims.forEach((d, i) => {
    labels[`dimension.${i}`] = t('imports.mapping.useOf', { dimension: d.label || d.id });
    labels[`dimension.${i}.category`] = t('imports.mapping.filterCategory', {
      dimension: d.label || d.id,
    });
  });
  labels['indicator.categories'] = t('imports.mapping.metricsShort');
  labels['fixed.area'] = t('imports.mapping.fixedArea');
  labels['fixed.period'] = t('imports.mapping.fixedPeriod');
  labels['fixed.indicator'] = t('imports.mapping.fixedIndicator');
  for (const [path, key] of SOURCE_FIELDS) labels[path] = t(key);

  /** The mapping when it is complete; otherwise shows what is missing and gives null. */
  const completeMapping = (): ImportMappingInput | null => {
    const problems = checkDraft(draft, dims);
    if (problems.length > 0) {
      form.setMessages(problemMessages(problems));
      return null;
    }
    form.clear();
    return mappingFromDraft(draft, dims);
  };

  const change = (next: MappingDraft) => {
    onChange(next);
    if (ignored.length) setIgnored([]);
  };

  const apply = (saved: SavedMapping) => {
    const result = draftFromMapping(upload, { ...saved.mapping, dataset: upload.dataset });
    // Choices made for this file's areas (in the preview) are kept unless the saved mapping names them.
    onChange({
      ...result.draft,
      areaCodes: { ...draft.areaCodes, ...result.draft.areaCodes },
      sourceUrl: draft.sourceUrl || result.draft.sourceUrl,
      // A saved mapping is for the next edition of a table: this file's retrieval date stands.
      source: { ...result.draft.source, retrieved: draft.source.retrieved || result.draft.source.retrieved },
    });
    setIgnored(result.ignored);
    form.clear();
    announce(t('imports.mappings.applied', { name: saved.name }));
  };

  if (indicators.isPending) return <Loading />;
  if (indicators.isError) return <LoadFailed error={indicators.error} />;

  return (
    <section aria-labelledby="wizard-step-heading" className="stack form">
      <StepHeading step={3}>{t('imports.steps.mapping')}</StepHeading>
      <Paragraph>{t('imports.mapping.intro')}</Paragraph>
      <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
      {ignored.length > 0 ? (
        <Alert data-color="warning">
          <Paragraph>
            {t('imports.mappings.ignored', {
              dimensions: ignored.join(', '),
              count: ignored.length,
            })}
          </Paragraph>
        </Alert>
      ) : null}

      <ApplySavedMapping onApply={apply} />

      <section aria-labelledby="mapping-dimensions" className="stack">
        <Heading level={3} data-size="sm" id="mapping-dimensions">
          {t('imports.mapping.dimensions')}
        </Heading>
        <Paragraph className="muted">{t('imports.mapping.dimensionsHelp')}</Paragraph>
        <DimensionFields
          formId={FORM_ID}
          dimensions={dims}
          draft={draft}
          onChange={change}
          errorFor={form.errorFor}
        />
      </section>

      <section aria-labelledby="mapping-indicators" className="stack">
        <Heading level={3} data-size="sm" id="mapping-indicators">
          {t('imports.mapping.indicators')}
        </Heading>
        <MetricFields
          formId={FORM_ID}
          dimensions={dims}
          draft={draft}
          onChange={change}
          errorFor={form.errorFor}
          indicators={indicators.data.items}
          sourceUrl={draft.sourceUrl || upload.sourceUrl}
          onRefresh={() => {
            void indicators
              .refetch()
              .then(() => announce(t('imports.mapping.indicatorsRefreshed')));
          }}
          refreshing={indicators.isFetching}
        />
      </section>

      <SymbolStatusFields formId={FORM_ID} symbols={upload.symbolStatuses} draft={draft} onChange={change} />

      <SourceFields formId={FORM_ID} draft={draft} onChange={change} errorFor={form.errorFor} />

      <SaveMapping
        fileName={upload.fileName}
        currentMapping={completeMapping}
        announce={announce}
      />

      <div className="form-actions">
        <Button variant="secondary" onClick={onBack}>
          {t('imports.wizard.back')}
        </Button>
        <Button
          onClick={() => {
            if (completeMapping()) onNext();
          }}
        >
          {t('imports.wizard.toPreview')}
        </Button>
      </div>
    </section>
  );
}
