import { useState, type FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AuditQuery, type AuditEntityType } from '../../../shared/contracts/audit';
import { can, PLATFORM, programmesWhere, type MeUser } from '../../app/permissions';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProgrammes } from '../programmes/programmes.queries';
import { ProgrammeSelect } from '../programmes/ProgrammeSelect';
import { useAudit } from './audit.queries';
import { AuditTable } from './AuditTable';

const PAGE = 20;
const FORM_ID = 'audit-filter';

interface Filter {
  programmeId: string;
  entityType: string;
  action: string;
  from: string;
  to: string;
}

const EMPTY: Filter = { programmeId: '', entityType: '', action: '', from: '', to: '' };

export function AuditPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const mine = programmesWhere(user, 'audit.read', programmes.data ?? []);
  const admin = can(user, 'audit.read', PLATFORM);
  const form = useFormErrors();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [applied, setApplied] = useState<Filter | null>(null);
  const [offset, setOffset] = useState(0);

  // A secretariat sees the trail of one of its programmes at a time; the first is the default.
  const withProgramme = (f: Filter): Filter => (admin || f.programmeId ? f : { ...f, programmeId: mine[0]?.id ?? '' });
  const active = withProgramme(applied ?? EMPTY);
  const shown = withProgramme(draft);
  const query: AuditQuery = {
    limit: PAGE,
    offset,
    ...(active.programmeId ? { programmeId: active.programmeId } : {}),
    ...(active.entityType ? { entityType: active.entityType as AuditEntityType } : {}),
    ...(active.action ? { action: active.action as AuditQuery['action'] } : {}),
    ...(active.from ? { from: active.from } : {}),
    ...(active.to ? { to: active.to } : {}),
  };
  const ready = admin || query.programmeId !== undefined;
  const list = useAudit(query, ready);

  if (!can(user, 'audit.read')) return <NoAccess />;

  const labels = {
    programmeId: t('audit.programme'),
    entityType: t('audit.entityType'),
    action: t('audit.action'),
    from: t('audit.from'),
    to: t('audit.to'),
  };
  const set = (key: keyof Filter) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = shown;
    const parsed = validate(AuditQuery, {
      programmeId: next.programmeId || undefined,
      entityType: next.entityType || undefined,
      action: next.action || undefined,
      from: next.from || undefined,
      to: next.to || undefined,
    });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    setOffset(0);
    setApplied(next);
  };

  return (
    <div className="stack">
      <PageHeading title={t('audit.title')} />
      <Paragraph>{admin ? t('audit.introAdmin') : t('audit.intro')}</Paragraph>
      {programmes.isPending ? <Loading /> : null}
      <form onSubmit={onSubmit} noValidate className="stack form" aria-label={t('common.filters')}>
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <div className="filters">
          <ProgrammeSelect
            id={fieldId(FORM_ID, 'programmeId')}
            label={labels.programmeId}
            programmes={mine}
            value={shown.programmeId}
            emptyLabel={admin ? t('audit.allProgrammes') : undefined}
            onChange={set('programmeId')}
            error={form.errorFor('programmeId')}
          />
          <SelectField id={fieldId(FORM_ID, 'entityType')} label={labels.entityType} value={shown.entityType} onChange={set('entityType')} error={form.errorFor('entityType')}>
            <option value="">{t('common.all')}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`entityType.${type}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id={fieldId(FORM_ID, 'action')} label={labels.action} value={shown.action} onChange={set('action')} error={form.errorFor('action')}>
            <option value="">{t('common.all')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`auditAction.${a}`)}
              </option>
            ))}
          </SelectField>
          <Textfield id={fieldId(FORM_ID, 'from')} label={labels.from} type="date" value={shown.from} onChange={set('from')} error={form.errorFor('from')} />
          <Textfield id={fieldId(FORM_ID, 'to')} label={labels.to} type="date" value={shown.to} onChange={set('to')} error={form.errorFor('to')} />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="secondary">
            {t('audit.apply')}
          </Button>
        </div>
      </form>
      {!ready && programmes.data ? <Paragraph>{t('audit.chooseProgramme')}</Paragraph> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {ready && list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <Pager label={t('common.pages')} total={list.data.total} limit={PAGE} offset={offset} onChange={setOffset} />
          {list.data.items.length > 0 ? <AuditTable items={list.data.items} /> : null}
        </>
      ) : null}
    </div>
  );
}
