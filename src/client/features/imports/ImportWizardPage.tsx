import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { Upload } from '../../../shared/contracts/imports';
import { isApiError } from '../../app/api';
import { useLocalePath } from '../../app/locale-context';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { importKeys, useUpload } from './imports.queries';
import { StepContents } from './wizard/StepContents';
import { StepFile } from './wizard/StepFile';
import { StepFocusProvider } from './wizard/StepHeading';
import { StepMapping } from './wizard/StepMapping';
import { StepPreview } from './wizard/StepPreview';
import { useDraft } from './wizard/use-draft';
import './imports.css';

const STEPS = ['file', 'contents', 'mapping', 'preview'] as const;

export function ImportWizardPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  if (!can(user, 'statistics.import')) return <NoAccess message={t('imports.noAccess')} />;
  return (
    <StepFocusProvider>
      <Wizard />
    </StepFocusProvider>
  );
}

/** Where the user is: "Steg 2 av 4: Innhold", with each step's name and state. */
function StepList({ step }: { step: number }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('imports.wizard.steps')}>
      <ol className="wizard-steps">
        {STEPS.map((name, i) => {
          const n = i + 1;
          const state = n < step ? 'done' : n === step ? 'current' : 'todo';
          return (
            <li
              key={name}
              className={`wizard-step wizard-step-${state}`}
              aria-current={n === step ? 'step' : undefined}
            >
              <span className="wizard-step-number" aria-hidden="true">
                {state === 'done' ? '\u2713' : n}
              </span>
              <span>
                {t(`imports.steps.${name}`)}
                {state === 'done' ? (
                  <span className="visually-hidden"> ({t('imports.wizard.done')})</span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/**
 * The import wizard. The upload, dataset and step are in the address (`?opplasting=…&steg=3`),
 * so the browser's back button moves between steps and a reload comes back to the same place.
 */
function Wizard() {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [announcement, setAnnouncement] = useState('');
  const uploadId = params.get('opplasting') ?? undefined;
  const datasetParam = params.get('datasett');
  const dataset =
    datasetParam !== null && /^\d+$/.test(datasetParam) ? Number(datasetParam) : undefined;
  const upload = useUpload(uploadId, dataset);
  const [draft, setDraft] = useDraft(upload.data);
  const requested = Number(params.get('steg') ?? (uploadId ? 2 : 1));
  const step = uploadId ? Math.min(Math.max(requested, 2), STEPS.length) : 1;

  const go = (next: number, extra: Record<string, string> = {}) => {
    const p: Record<string, string> = { ...extra };
    const id = extra.opplasting ?? uploadId;
    if (next > 1 && id) {
      p.opplasting = id;
      const ds = extra.datasett ?? (dataset !== undefined ? String(dataset) : undefined);
      if (ds !== undefined) p.datasett = ds;
      p.steg = String(next);
    }
    setParams(p);
  };
  const announce = (text: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  };

  const onUploaded = (u: Upload) => {
    qc.setQueryData(importKeys.upload(u.id, undefined), u);
    go(2, { opplasting: u.id });
  };

  let body;
  if (step === 1) body = <StepFile onUploaded={onUploaded} />;
  else if (upload.isPending) body = <Loading />;
  else if (upload.isError) {
    const gone = isApiError(upload.error) && upload.error.code === 'NOT_FOUND';
    body = (
      <div className="stack">
        {gone ? (
          <Paragraph>{t('imports.wizard.uploadGone')}</Paragraph>
        ) : (
          <ProblemAlert error={upload.error} />
        )}
        <Paragraph>
          <AppLink to="/admin/import/ny">{t('imports.wizard.startOver')}</AppLink>
        </Paragraph>
      </div>
    );
  } else if (!draft) body = <Loading />;
  else if (step === 2) {
    body = (
      <StepContents
        upload={upload.data}
        onDataset={(d) => go(2, { datasett: String(d) })}
        onBack={() => go(1)}
        onNext={() => go(3)}
      />
    );
  } else if (step === 3) {
    body = (
      <StepMapping
        upload={upload.data}
        draft={draft}
        onChange={setDraft}
        announce={announce}
        onBack={() => go(2)}
        onNext={() => go(4)}
      />
    );
  } else {
    body = (
      <StepPreview
        upload={upload.data}
        draft={draft}
        onChange={setDraft}
        announce={announce}
        onBack={() => go(3)}
        onStarted={(id) => navigate(href(`/admin/import/${id}`))}
      />
    );
  }

  return (
    <div className="stack import-wizard">
      <PageHeading title={t('imports.wizard.title')} />
      <StepList step={step} />
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {body}
      <Paragraph>
        <AppLink to="/admin/import">{t('imports.wizard.cancel')}</AppLink>
      </Paragraph>
    </div>
  );
}
