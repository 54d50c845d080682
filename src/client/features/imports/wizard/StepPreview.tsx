import { PreviewOutliers } from './PreviewOutliers';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { Upload } from '../../../../shared/contracts/imports';
import { isApiError } from '../../../app/api';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAllIndicators } from '../../indicators/indicators.queries';
import { ImportProblems } from '../ImportProblems';
import { usePreview, useStartImport } from '../imports.queries';
import { checkDraft, dimensionWith, mappingFromDraft, type MappingDraft } from '../mapping-draft';
import { PreviewAreas } from './PreviewAreas';
import { PreviewRows, PreviewSummary } from './PreviewTables';
import { StepHeading } from './StepHeading';

interface Props {
  upload: Upload;
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
  announce(text: string): void;
  onBack(): void;
  onStarted(importId: string): void;
}

/**
 * Step 4: what the import would write, asked of the server for the current mapping (again after
 * every change made here), with unknown areas to map or skip. Nothing is written until "Start".
 */
export function StepPreview({ upload, draft, onChange, announce, onBack, onStarted }: Props) {
  const { t } = useTranslation();
  const indicators = useAllIndicators();
  const draftProblems = checkDraft(draft, upload.dimensions);
  const mapping = draftProblems.length === 0 ? mappingFromDraft(draft, upload.dimensions) : null;
  const preview = usePreview(upload.id, mapping);
  const start = useStartImport();
  const areaDimension = upload.dimensions.find((d) => d.id === dimensionWith(draft, 'area'));
  const current = preview.data && !preview.isPlaceholderData ? preview.data : undefined;
  const canStart = current?.isValid === true && !preview.isFetching && !start.isPending;
  const mappingErrors =
    isApiError(preview.error) && preview.error.code === 'MAPPING_INVALID'
      ? preview.error.fieldErrors
      : [];

  return (
    <section aria-labelledby="wizard-step-heading" className="stack">
      <StepHeading step={4}>{t('imports.steps.preview')}</StepHeading>
      <Paragraph>{t('imports.preview.intro')}</Paragraph>

      {mapping === null ? (
        <Alert data-color="warning">
          <Paragraph>{t('imports.preview.incomplete')}</Paragraph>
        </Alert>
      ) : null}
      {preview.isPending && mapping !== null ? (
        <Loading label={t('imports.preview.loading')} />
      ) : null}
      <p role="status" className="visually-hidden">
        {preview.isFetching
          ? t('imports.preview.loading')
          : current
            ? current.isValid
              ? t('imports.preview.ready')
              : t('imports.preview.notReady')
            : ''}
      </p>
      {preview.isError ? (
        mappingErrors.length > 0 ? (
          <Alert data-color="danger">
            <ImportProblems
              problems={mappingErrors}
              headingId="preview-errors"
              title={t('errors.MAPPING_INVALID')}
            />
          </Alert>
        ) : (
          <div className="stack-sm">
            <ProblemAlert error={preview.error} />
            {isApiError(preview.error) && preview.error.problem.detail ? (
              <Paragraph lang="en">{preview.error.problem.detail}</Paragraph>
            ) : null}
            {isApiError(preview.error) && preview.error.problem.position ? (
              <Paragraph>
                {t('imports.file.position', { position: preview.error.problem.position })}
              </Paragraph>
            ) : null}
          </div>
        )
      ) : null}

      {preview.data ? (
        <div className="stack" aria-busy={preview.isFetching || undefined}>
          {preview.data.problems.length > 0 ? (
            <Alert data-color={preview.data.isValid ? 'warning' : 'danger'}>
              <ImportProblems
                problems={preview.data.problems}
                headingId="preview-problems"
                title={t('imports.preview.problems', { count: preview.data.problems.length })}
              />
            </Alert>
          ) : null}
          {areaDimension || draft.skipUnknown || Object.keys(draft.areaCodes).length > 0 ? (
            <PreviewAreas
              areas={preview.data.areas}
              crossed={preview.data.problems.find((p) => p.code === 'crossClassification')?.values ?? []}
              dimension={areaDimension}
              draft={draft}
              onChange={onChange}
              announce={announce}
            />
          ) : null}
          <PreviewOutliers outliers={preview.data.outliers} draft={draft} onChange={onChange} announce={announce} />
          <PreviewSummary preview={preview.data} />
          <PreviewRows preview={preview.data} indicators={indicators.data?.items ?? []} />
        </div>
      ) : null}

      {start.isError ? (
        isApiError(start.error) && start.error.code === 'MAPPING_INVALID' ? (
          // The register or catalogue changed after the preview: say what no longer fits.
          <Alert data-color="danger" role="alert">
            <ImportProblems
              problems={start.error.fieldErrors}
              headingId="start-errors"
              title={t('errors.MAPPING_INVALID')}
            />
          </Alert>
        ) : (
          <ProblemAlert error={start.error} />
        )
      ) : null}
      <div className="form-actions">
        <Button variant="secondary" onClick={onBack}>
          {t('imports.wizard.backToMapping')}
        </Button>
        <Button
          disabled={!canStart}
          aria-describedby={canStart ? undefined : 'start-help'}
          onClick={() =>
            mapping &&
            start.mutate(
              { uploadId: upload.id, mapping },
              {
                onSuccess: (created) => onStarted(created.id),
                onError: () => void preview.refetch(),
              },
            )
          }
        >
          {start.isPending ? t('imports.wizard.starting') : t('imports.wizard.start')}
        </Button>
        {canStart ? null : (
          <span id="start-help" className="muted">
            {preview.isFetching ? t('imports.preview.loading') : t('imports.wizard.startHelp')}
          </span>
        )}
      </div>
    </section>
  );
}
