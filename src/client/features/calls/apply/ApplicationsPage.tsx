import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import type { Call } from '../../../../shared/contracts/calls';
import { isApiError } from '../../../app/api';
import { useLocale, useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ScrollTable } from '../../../components/ScrollTable';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { useOrganisation, organisationSource } from '../../organisations/organisations.queries';
import { useProgrammes } from '../../programmes/programmes.queries';
import { Section } from '../../governance/public/governance-parts';
import { formatDeadline } from '../call-format';
import { applicationPath } from './ApplicationEditorPage';
import { applyingProgrammes, useCallDeadlines, useCreateApplication, useMyApplications, useOpenCalls } from './applications.queries';
import { timeOf } from './apply-format';
import '../../portfolio/portfolio.css';
import './apply.css';

/** My organisation's applications, and the open calls it may apply to. */
export function ApplicationsPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  if (!user.organisationId) return <NoAccess />;
  if (programmes.isPending) return <Loading />;
  if (programmes.error) return <LoadFailed error={programmes.error} />;
  const programmeIds = applyingProgrammes(user, programmes.data).map((p) => p.id);
  return (
    <div className="stack">
      <PageHeading title={t('applications.title')}>{t('applications.title')}</PageHeading>
      <Paragraph>{t('applications.lead')}</Paragraph>
      <MyApplications />
      <OpenCalls programmeIds={programmeIds} organisationId={user.organisationId} />
    </div>
  );
}

function MyApplications() {
  const { t } = useTranslation();
  const locale = useLocale();
  const mine = useMyApplications();
  const deadlines = useCallDeadlines([...new Set((mine.data?.items ?? []).map((a) => a.callId))]);
  return (
    <Section id="my-applications" title={t('applications.mine.title')}>
      {mine.isPending ? (
        <Loading />
      ) : mine.error ? (
        <LoadFailed error={mine.error} />
      ) : mine.data.items.length === 0 ? (
        <Paragraph>{t('applications.mine.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('applications.mine.title')}>
          <table className="portfolio-table">
            <thead>
              <tr>
                <th scope="col">{t('applications.columns.title')}</th>
                <th scope="col">{t('applications.columns.call')}</th>
                <th scope="col">{t('applications.columns.status')}</th>
                <th scope="col">{t('applications.columns.deadline')}</th>
                <th scope="col">{t('applications.columns.lastSaved')}</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <AppLink to={applicationPath(a.id)}>{a.title}</AppLink>
                  </th>
                  <td>
                    <LocalizedInline text={a.callTitle} />
                  </td>
                  <td>
                    <Tag data-color={a.status === 'returned' ? 'warning' : 'info'}>{t(`applications.status.${a.status}`)}</Tag>
                  </td>
                  <td>{deadlines.get(a.callId) ? formatDeadline(deadlines.get(a.callId)!, locale) : '–'}</td>
                  <td>{a.updatedBy ? t('applications.mine.savedBy', { time: timeOf(a.updatedAt, locale), name: a.updatedBy }) : timeOf(a.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Section>
  );
}

function OpenCalls({ programmeIds, organisationId }: { programmeIds: string[]; organisationId: string }) {
  const { t } = useTranslation();
  const open = useOpenCalls(programmeIds);
  const organisation = useOrganisation(organisationId);
  const mine = useMyApplications();
  if (open.isPending || organisation.isPending) return <Loading />;
  if (open.error) return <LoadFailed error={open.error} />;
  const kind = organisation.data?.kind;
  const eligible = open.calls.filter((c) => !kind || c.eligibleKinds.includes(kind));
  const applied = new Set((mine.data?.items ?? []).filter((a) => a.status !== 'withdrawn').map((a) => a.callId));
  return (
    <Section id="open-calls" title={t('applications.open.title')}>
      {eligible.length === 0 ? <Paragraph>{t('applications.open.none')}</Paragraph> : null}
      {eligible.map((c) => (
        <OpenCall key={c.id} call={c} applied={applied.has(c.id)} />
      ))}
    </Section>
  );
}

function OpenCall({ call, applied }: { call: Call; applied: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(call.title);
  const [starting, setStarting] = useState(false);
  const headingId = `call-${call.id}`;
  return (
    <section aria-labelledby={headingId} className="stack-sm open-call">
      <Heading level={3} data-size="xs" id={headingId} lang={title.lang}>
        {title.text}
      </Heading>
      <Paragraph data-size="sm">{call.nextDeadline ? t('applications.open.nextDeadline', { deadline: formatDeadline(call.nextDeadline, locale) }) : t('applications.noDeadline')}</Paragraph>
      {applied ? (
        <Paragraph data-size="sm">{t('applications.open.applied')}</Paragraph>
      ) : starting ? (
        <StartForm call={call} onCancel={() => setStarting(false)} />
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setStarting(true)} aria-describedby={headingId}>
            {t('applications.open.start')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** A new draft: its title and the partners it is made with. */
function StartForm({ call, onCancel }: { call: Call; onCancel(): void }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const create = useCreateApplication(call.id);
  const [title, setTitle] = useState('');
  const [partners, setPartners] = useState<(string | null)[]>([]);
  const fieldError = (path: string) => (isApiError(create.error) ? create.error.fieldErrors.find((e) => e.path === path || e.path.startsWith(`${path}.`)) : undefined);
  const titleError = fieldError('title');
  const partnerError = fieldError('partnerOrganisationIds') ?? fieldError('organisationId');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const created = await create.mutateAsync({ title: title.trim(), partnerOrganisationIds: partners.filter((p): p is string => p !== null) });
      void navigate(href(applicationPath(created.id)));
    } catch {
      // Shown at the fields or as an alert.
    }
  };
  const id = `start-${call.id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm start-form">
      {create.error && !titleError && !partnerError ? <ProblemAlert error={create.error} /> : null}
      <Textfield
        id={`${id}-title`}
        label={t('applications.start.title')}
        description={t('applications.start.titleHelp')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={titleError ? t([`validation.${titleError.code}`, 'validation.invalid']) : undefined}
        required
      />
      {partners.map((p, i) => (
        <div key={i} className="stack-sm">
          <EntityPicker
            id={`${id}-partner-${i}`}
            label={t('applications.start.partner', { n: i + 1 })}
            searchLabel={t('applications.start.partnerSearch', { n: i + 1 })}
            source={organisationSource}
            value={p}
            onChange={(v) => setPartners(partners.map((x, j) => (j === i ? v : x)))}
          />
          <div>
            <Button variant="tertiary" data-size="sm" onClick={() => setPartners(partners.filter((_, j) => j !== i))}>
              {t('applications.start.removePartner', { n: i + 1 })}
            </Button>
          </div>
        </div>
      ))}
      {partnerError ? <p className="answer-error ds-validation-message" data-color="danger">{partnerError.message && !/^[a-zA-Z]+$/.test(partnerError.message) ? partnerError.message : t([`calls.errors.${partnerError.code}`, `validation.${partnerError.code}`, 'validation.invalid'])}</p> : null}
      <div>
        <Button variant="tertiary" data-size="sm" onClick={() => setPartners([...partners, null])}>
          {t('applications.start.addPartner')}
        </Button>
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={create.isPending}>
          {t('applications.start.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
