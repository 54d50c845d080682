import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { CohortDetail, GroupSummary } from '../../../../shared/contracts/development';
import { organisationsRoutes } from '../../../../shared/contracts/routes';
import { call } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { EntityPicker, type PickerSource } from '../../../components/forms/EntityPicker';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, fieldMessage } from '../../../components/forms/form-errors';
import { ScrollTable } from '../../../components/ScrollTable';
import { groupAdminPath, useInviteGroup } from '../development.queries';
import { formatShare } from '../public/development-format';
import { showFailure } from './office-forms';

/** Municipalities and county authorities: the organisations a development programme invites. */
export const invitableSource: PickerSource = {
  key: 'organisations-municipal',
  search: async (q) => {
    const [municipalities, counties] = await Promise.all(
      (['municipality', 'county_authority'] as const).map((kind) => call(organisationsRoutes.list, { query: { q, kind, limit: 50 } })),
    );
    return [...municipalities!.items, ...counties!.items].sort((a, b) => a.name.localeCompare(b.name, 'nb')).map((o) => ({ id: o.id, label: o.name }));
  },
  lookup: async (id) => {
    const o = await call(organisationsRoutes.get, { params: { id } });
    return { id: o.id, label: o.name };
  },
};

/** How much of the homework a group has handed in: on time, late, and of how many tasks. */
export function homeworkCounts(group: Pick<GroupSummary, 'homework'>): { handedIn: number; late: number; total: number } {
  const handedIn = group.homework.filter((h) => h.state === 'submitted' || h.state === 'late').length;
  return { handedIn, late: group.homework.filter((h) => h.state === 'late').length, total: group.homework.length };
}

const STATUS_COLOUR = { invited: 'info', accepted: 'success', declined: 'neutral', withdrawn: 'neutral' } as const;

/** The cohort's participant groups: a new invitation, and each group's state at a glance. */
export function Groups({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const caption = t('development.office.group.title');
  return (
    <div className="stack">
      <InviteForm cohortId={cohort.id} />
      {cohort.groups.length === 0 ? (
        <Paragraph>{t('development.office.group.none')}</Paragraph>
      ) : (
        <ScrollTable label={caption}>
          <Table data-size="sm">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('development.office.group.organisation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.group.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.group.members')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.group.attendance')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.group.homework')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.group.facilitator')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {cohort.groups.map((g) => {
                const hw = homeworkCounts(g);
                return (
                  <Table.Row key={g.id}>
                    <Table.HeaderCell scope="row">
                      <AppLink to={groupAdminPath(g.id)}>{g.organisationName}</AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>
                      <span className="office-cell-stack">
                        <Tag data-size="sm" data-color={STATUS_COLOUR[g.status]}>
                          {t(`development.groupStatus.${g.status}`)}
                        </Tag>
                        <span>{g.hasCommitted ? t('development.office.group.committed') : t('development.office.group.notCommitted')}</span>
                      </span>
                    </Table.Cell>
                    <Table.Cell className="numeric">{g.memberCount}</Table.Cell>
                    <Table.Cell>
                      <span className="office-cell-stack">
                        <span>{g.attendance === null ? t('development.office.group.noAttendance') : formatShare(g.attendance, locale)}</span>
                        {g.isBelowCommitment ? (
                          <Tag data-size="sm" data-color="danger">
                            {t('development.office.group.belowCommitment')}
                          </Tag>
                        ) : null}
                      </span>
                    </Table.Cell>
                    <Table.Cell>
                      {hw.total === 0 ? '–' : t('development.office.group.handedIn', { n: hw.handedIn, total: hw.total })}
                      {hw.late > 0 ? ` (${t('development.office.group.late', { count: hw.late })})` : ''}
                    </Table.Cell>
                    <Table.Cell>{g.facilitator?.name ?? t('development.office.group.noFacilitator')}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      <Paragraph data-size="sm">{t('development.office.group.belowCommitmentHelp')}</Paragraph>
      <Paragraph data-size="sm">{t('development.office.group.pageHelp')}</Paragraph>
    </div>
  );
}

function InviteForm({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const invite = useInviteGroup(cohortId);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const formId = 'group-invite';
  const labels = { organisationId: t('development.office.group.inviteOrganisation') };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    if (!organisationId) return form.setMessages({ organisationId: fieldMessage({ path: 'organisationId', code: 'required', message: 'required' }) });
    form.clear();
    try {
      const group = await invite.mutateAsync(organisationId);
      setOrganisationId(null);
      setStatus(t('development.office.group.invited', { name: group.organisationName }));
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <section aria-labelledby={`${formId}-heading`} className="stack-sm">
      <Heading level={3} data-size="sm" id={`${formId}-heading`}>
        {t('development.office.group.invite')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="stack-sm form">
        <FormErrorSummary form={form} formId={formId} labels={labels} />
        <EntityPicker
          id={fieldId(formId, 'organisationId')}
          label={labels.organisationId}
          searchLabel={t('development.office.group.searchOrganisation')}
          description={t('development.office.group.inviteHelp')}
          source={invitableSource}
          value={organisationId}
          allowEmpty={false}
          onChange={setOrganisationId}
          error={form.errorFor('organisationId')}
        />
        <div className="form-actions">
          <Button type="submit" disabled={invite.isPending}>
            {t('development.office.group.inviteAction')}
          </Button>
          <ActionStatus message={status} />
        </div>
      </form>
    </section>
  );
}
