import { Alert, Button, Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { StatisticsImport } from '../../../shared/contracts/imports';
import { isApiError } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { useAllIndicators } from '../indicators/indicators.queries';
import { downloadText } from './download';
import { formatBytes, formatCount, formatDateTime } from './import-format';
import { ImportProblems } from './ImportProblems';
import { ParseReasonText } from './ParseReasonText';
import { ImportStateTag } from './ImportStateTag';
import { useImport, useImportAction } from './imports.queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { mappingFileName, mappingFileText } from './mapping-draft';
import { ImportChanges } from './status/ImportChanges';
import { ImportProgress } from './status/ImportProgress';
import { StatusTable } from './wizard/PreviewTables';
import { isWebUrl } from '../../../shared/domain/web-url';
import './imports.css';

export function ImportStatusPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  if (!can(user, 'statistics.import')) return <NoAccess message={t('imports.noAccess')} />;
  return <ImportStatusLoader />;
}

function ImportStatusLoader() {
  const { id = '' } = useParams();
  const job = useImport(id);
  if (job.isPending) return <Loading />;
  if (job.isError) {
    if (
      isApiError(job.error) &&
      (job.error.code === 'NOT_FOUND' || job.error.code === 'VALIDATION_FAILED')
    )
      return <NotFoundPage />;
    return <LoadFailed error={job.error} />;
  }
  return <ImportStatus job={job.data} />;
}

function Result({ job }: { job: StatisticsImport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = job.result;
  if (!result) return null;
  return (
    <section aria-labelledby="import-result" className="stack-sm">
      <Heading level={2} data-size="md" id="import-result">
        {t('imports.status.result')}
      </Heading>
      <Alert data-color="success">
        <Paragraph>
          {t('imports.status.succeededText', {
            rows: formatCount(result.rows, locale),
            count: result.rows,
          })}
        </Paragraph>
      </Alert>
      <dl className="facts">
        <div>
          <dt>{t('imports.status.inserted')}</dt>
          <dd>{formatCount(result.inserted, locale)}</dd>
        </div>
        <div>
          <dt>{t('imports.status.updated')}</dt>
          <dd>{formatCount(result.updated, locale)}</dd>
        </div>
        <div>
          <dt>{t('imports.status.unchanged')}</dt>
          <dd>{formatCount(result.unchanged, locale)}</dd>
        </div>
      </dl>
      <StatusTable statuses={result.statuses} caption={t('imports.status.byStatus')} />
    </section>
  );
}

function Failure({ job }: { job: StatisticsImport }) {
  const { t } = useTranslation();
  const error = job.error;
  if (!error) return null;
  return (
    <section aria-labelledby="import-error" className="stack-sm">
      <Heading level={2} data-size="md" id="import-error">
        {t('imports.status.error')}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>
          <strong>{t([`errors.${error.code}`, 'imports.status.failedText'])}</strong>
        </Paragraph>
        {error.code === 'PARSE_FAILED' ? (
          <ParseReasonText reason={error.reason} detail={error.message} position={error.position} />
        ) : (
          <Paragraph lang="en">{error.message}</Paragraph>
        )}
        <Paragraph>{t('imports.status.nothingWritten')}</Paragraph>
      </Alert>
      <ImportProblems
        problems={error.problems}
        headingId="import-error-problems"
        title={t('imports.status.problems')}
      />
    </section>
  );
}

function Provenance({ job }: { job: StatisticsImport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mappingText = mappingFileText(job.mapping);
  const download = () => downloadText(mappingFileName(job.fileName), mappingText);
  return (
    <section aria-labelledby="import-provenance" className="stack-sm">
      <Heading level={2} data-size="md" id="import-provenance">
        {t('imports.status.provenance')}
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('imports.contents.fileName')}</dt>
          <dd>
            {job.fileName} ({formatBytes(job.size, locale)}, {t(`imports.format.${job.format}`)})
          </dd>
        </div>
        {job.title ? (
          <div>
            <dt>{t('imports.contents.title')}</dt>
            <dd>{job.title}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('imports.contents.checksum')}</dt>
          <dd>
            <code className="checksum">{job.checksum}</code>
          </dd>
        </div>
        <div>
          <dt>{t('imports.contents.sourceUrl')}</dt>
          <dd>
            {isWebUrl(job.sourceUrl) ? <Link href={job.sourceUrl}>{job.sourceUrl}</Link> : (job.sourceUrl ?? t('common.notSet'))}
          </dd>
        </div>
        <div>
          <dt>{t('imports.status.by')}</dt>
          <dd>{job.createdBy?.name ?? t('imports.status.unknownUser')}</dd>
        </div>
        <div>
          <dt>{t('imports.status.createdAt')}</dt>
          <dd>{formatDateTime(job.createdAt, locale)}</dd>
        </div>
        {job.startedAt ? (
          <div>
            <dt>{t('imports.status.startedAt')}</dt>
            <dd>{formatDateTime(job.startedAt, locale)}</dd>
          </div>
        ) : null}
        {job.finishedAt ? (
          <div>
            <dt>{t('imports.status.finishedAt')}</dt>
            <dd>{formatDateTime(job.finishedAt, locale)}</dd>
          </div>
        ) : null}
      </dl>
      <Details>
        <Details.Summary>{t('imports.status.mapping')}</Details.Summary>
        <Details.Content>
          <pre className="json">{mappingText}</pre>
          <Button variant="tertiary" data-size="sm" onClick={download}>
            {t('imports.mappings.download')}
          </Button>
        </Details.Content>
      </Details>
    </section>
  );
}

/**
 * Stopping an import, or starting one again: a queued, running or interrupted import can be
 * cancelled (it writes nothing); an interrupted or cancelled one can be started again.
 */
function ImportActions({ job }: { job: StatisticsImport }) {
  const { t } = useTranslation();
  const action = useImportAction(job.id);
  const canCancel = job.state === 'queued' || job.state === 'running' || job.state === 'interrupted';
  const canRestart = job.state === 'interrupted' || job.state === 'cancelled';
  if (!canCancel && !canRestart) return null;
  return (
    <div className="stack-sm">
      {job.state === 'interrupted' ? (
        <Alert data-color="warning">
          <Paragraph>{t('imports.status.interruptedText')}</Paragraph>
        </Alert>
      ) : null}
      {job.state === 'cancelled' ? <Paragraph>{t('imports.status.cancelledText')}</Paragraph> : null}
      {action.isError ? <ProblemAlert error={action.error} /> : null}
      <div className="form-actions">
        {canRestart ? (
          <Button variant="primary" disabled={action.isPending} onClick={() => action.mutate('restart')}>
            {t('imports.status.restart')}
          </Button>
        ) : null}
        {canCancel ? (
          <Button variant="secondary" data-color="danger" disabled={action.isPending} onClick={() => action.mutate('cancel')}>
            {t('imports.status.cancel')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function ImportStatus({ job }: { job: StatisticsImport }) {
  const { t } = useTranslation();
  const indicators = useAllIndicators();
  const active = job.state === 'queued' || job.state === 'running';
  return (
    <div className="stack">
      <PageHeading title={t('imports.status.title', { name: job.fileName })} />
      <Paragraph>
        <AppLink to="/admin/import">{t('imports.status.backToList')}</AppLink>
      </Paragraph>
      {/* The state is a status region: its change from "running" to "done" is read out. */}
      <div role="status" className="import-state">
        <span>{t('imports.status.state')}:</span> <ImportStateTag state={job.state} />
      </div>
      {active ? <ImportProgress job={job} /> : null}
      <ImportActions job={job} />
      {job.state === 'succeeded' ? <Result job={job} /> : null}
      {job.state === 'failed' ? <Failure job={job} /> : null}
      <Provenance job={job} />
      {job.state === 'succeeded' ? (
        <ImportChanges importId={job.id} indicators={indicators.data?.items ?? []} />
      ) : null}
      {job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled' ? (
        <Paragraph>
          <AppLink to="/admin/import/ny">{t('imports.newImport')}</AppLink>
        </Paragraph>
      ) : null}
    </div>
  );
}
