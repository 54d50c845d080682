import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { BodyDetail, BodyList } from '../../../../shared/contracts/governance-bodies';
import type { Case } from '../../../../shared/contracts/governance-meetings';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { AdminSection } from './AdminSection';
import { caseValues, emptyCaseValues } from './case-form-values';
import { CaseForm } from './CaseForm';
import { CaseAttachments } from './CaseAttachments';
import { openFirst } from './agenda-logic';
import { useBodyCases, useCreateCase, useUpdateCase } from './governance-admin.queries';
import { useActionProgrammes } from '../action-programmes/action-programmes.queries';

/** The body's cases, open ones first; a new case, and editing one. */
export function CasesSection({ detail, bodies }: { detail: BodyDetail; bodies: BodyList['bodies'] }) {
  const { t } = useTranslation();
  const bodyId = detail.body.id;
  const all = useBodyCases(bodyId);
  const open = useBodyCases(bodyId, true);
  const create = useCreateCase(bodyId);
  const [editing, setEditing] = useState<'new' | Case | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const actionProgrammes = useActionProgrammes(detail.body.programmeId);
  const drafts = detail.mandate.filter((m) => m.status === 'draft').map((m) => ({ id: m.id, version: m.version, bodyName: detail.body.name }));
  const openIds = new Set((open.data?.cases ?? []).map((c) => c.id));
  const cases = openFirst(all.data?.cases ?? [], openIds);

  return (
    <AdminSection id="body-cases" title={t('governanceAdmin.cases.title')}>
      <StatusMessage message={status} />
      {all.isPending ? <Loading /> : null}
      {all.isError ? <ProblemAlert error={all.error} /> : null}
      {all.data && cases.length === 0 ? <Paragraph>{t('governanceAdmin.cases.none')}</Paragraph> : null}
      {cases.length > 0 ? (
        <ul className="plain-list stack-sm">
          {cases.map((c) => (
            <li key={c.id} className="gov-card stack-sm">
              <Heading level={3} data-size="2xs">
                {c.steps.at(-1) ? `${t('governanceAdmin.caseNumber', { number: c.steps.at(-1)!.number })}: ` : null}
                <LocalizedInline text={c.title} />
              </Heading>
              <div className="tags">
                <Tag data-size="sm" data-color={openIds.has(c.id) ? 'info' : 'neutral'}>
                  {openIds.has(c.id) ? t('governanceAdmin.cases.open') : t('governanceAdmin.cases.closed')}
                </Tag>
                <Tag data-size="sm" data-color="neutral">
                  {t(`governanceAdmin.caseType.${c.type}`)}
                </Tag>
                {c.isExempt ? (
                  <Tag data-size="sm" data-color="warning">
                    {t('governanceAdmin.cases.exempt', { basis: c.exemptionBasis ?? '' })}
                  </Tag>
                ) : null}
              </div>
              {editing !== 'new' && editing?.id === c.id ? (
                <CaseEdit c={c} onDone={(message) => { setEditing(null); setStatus(message); }} />
              ) : c.type !== 'minutes_approval' ? (
                <div>
                  <Button variant="tertiary" data-size="sm" onClick={() => setEditing(c)} aria-label={t('governanceAdmin.cases.editNamed', { title: c.title.nb })}>
                    {t('governanceAdmin.edit')}
                  </Button>
                </div>
              ) : null}
              {c.type !== 'minutes_approval' ? <CaseAttachments c={c} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <Heading level={3} data-size="sm">
        {t('governanceAdmin.cases.new')}
      </Heading>
      {editing === 'new' ? (
        <CaseForm
          formId="case-new"
          initial={emptyCaseValues()}
          targets={{
            drafts,
            bodies: bodies.map((b) => ({ id: b.id, name: b.name })),
            actionProgrammes: (actionProgrammes.data?.items ?? []).filter((a) => a.status === 'draft').map((a) => ({ id: a.id, title: a.title })),
          }}
          submitLabel={t('governanceAdmin.cases.create')}
          saving={create.isPending}
          onCancel={() => setEditing(null)}
          onSave={async (data) => {
            await create.mutateAsync(data);
            setEditing(null);
            setStatus(t('governanceAdmin.cases.created'));
          }}
        />
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setEditing('new')}>
            {t('governanceAdmin.cases.new')}
          </Button>
        </div>
      )}
    </AdminSection>
  );
}

function CaseEdit({ c, onDone }: { c: Case; onDone(message: string | null): void }) {
  const { t } = useTranslation();
  const update = useUpdateCase();
  return (
    <CaseForm
      formId={`case-${c.id}`}
      initial={caseValues(c)}
      targets={null}
      submitLabel={t('common.save')}
      saving={update.isPending}
      onCancel={() => onDone(null)}
      onSave={async (data) => {
        const { effects: _effects, ...body } = data;
        await update.mutateAsync({ id: c.id, body });
        onDone(t('common.saved'));
      }}
    />
  );
}
