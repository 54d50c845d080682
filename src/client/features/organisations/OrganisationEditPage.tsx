import { useState, type FormEvent } from 'react';
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import { ORGANISATION_KINDS, OrganisationCreate, type Organisation } from '../../../shared/contracts/organisations';
import { isApiError } from '../../app/api';
import { useLocalePath } from '../../app/locale-context';
import { can, canOnOwned, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { EntityPicker } from '../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, orNull, validate } from '../../components/forms/form-errors';
import { SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/LoadFailed';
import { StatusMessage } from '../../components/StatusMessage';
import { useAreaSource } from '../areas/areas.queries';
import { OwnerFact, OwnerField, useOwnerChoice, type OwnerChoice } from '../programmes/owner';
import { useProgrammes } from '../programmes/programmes.queries';
import { organisationSource, useDeleteOrganisation, useOrganisation, useSaveOrganisation } from './organisations.queries';

const FORM_ID = 'organisation';

/**
 * An organisation is edited by those who keep it: the secretariat of the programme that owns it,
 * its own contributors, and platform administrators (see `ownedScope`).
 */
export function OrganisationEditPage({ user }: { user: MeUser }) {
  const { id } = useParams();
  const { t } = useTranslation();
  const organisation = useOrganisation(id);
  const programmes = useProgrammes();
  const noAccess = <NoAccess message={t('noAccess.register')} />;
  if (id === undefined) return can(user, 'organisation.create') ? <NewOrganisation user={user} /> : noAccess;
  if (!can(user, 'organisation.update', { organisationId: id })) return noAccess;
  if (organisation.isPending || programmes.isPending) return <Loading />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={organisation.error} />;
  }
  const keeps = (action: 'organisation.update' | 'organisation.delete') => canOnOwned(user, action, programmes.data ?? [], organisation.data.ownerProgrammeId, id);
  if (!keeps('organisation.update')) return noAccess;
  return <EditOrganisation key={id} user={user} organisation={organisation.data} canDelete={keeps('organisation.delete')} />;
}

function EditOrganisation({ user, organisation, canDelete }: { user: MeUser; organisation: Organisation; canDelete: boolean }) {
  // Who keeps it can hand it over to another of the programmes where it may make organisations.
  const owner = useOwnerChoice(user, 'organisation.create', undefined, organisation.ownerProgrammeId);
  return <OrganisationForm organisation={organisation} owner={owner.offered ? owner : undefined} canDelete={canDelete} />;
}

function NewOrganisation({ user }: { user: MeUser }) {
  const owner = useOwnerChoice(user, 'organisation.create');
  if (!owner.ready) return <Loading />;
  return <OrganisationForm key="new" owner={owner} canDelete={false} />;
}

function OrganisationForm({ organisation, owner, canDelete }: { organisation?: Organisation; owner?: OwnerChoice; canDelete: boolean }) {
  const { t } = useTranslation();
  const areaSource = useAreaSource();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveOrganisation(organisation?.id);
  const remove = useDeleteOrganisation(organisation?.id ?? '');
  const form = useFormErrors();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [message, setMessage] = useState<string | null>(created ? t('organisations.created') : null);
  const [v, setV] = useState({
    name: organisation?.name ?? '',
    shortName: organisation?.shortName ?? '',
    kind: organisation?.kind ?? '',
    orgNumber: organisation?.orgNumber ?? '',
    parentId: organisation?.parentId ?? null,
    areaId: organisation?.areaId ?? null,
    website: organisation?.website ?? '',
  });
  const labels = {
    ownerProgrammeId: t('owner.label'),
    name: t('organisations.name'),
    shortName: t('organisations.shortName'),
    kind: t('organisations.kind'),
    orgNumber: t('organisations.orgNumber'),
    parentId: t('organisations.parent'),
    areaId: t('organisations.area'),
    website: t('organisations.website'),
  };
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [key]: e.target.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const parsed = validate(OrganisationCreate, {
      name: v.name,
      shortName: orNull(v.shortName),
      kind: v.kind || undefined,
      orgNumber: orNull(v.orgNumber),
      parentId: v.parentId,
      areaId: v.areaId,
      website: orNull(v.website),
      ...(owner && (owner.value || null) !== (organisation?.ownerProgrammeId ?? undefined) ? { ownerProgrammeId: owner.value || null } : {}),
    });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        if (organisation) setMessage(t('common.saved'));
        else navigate(href(`/admin/organisasjoner/${saved.id}`), { state: { created: true } });
      },
      onError: form.setFailure,
    });
  };

  const title = organisation ? organisation.name : t('organisations.new');
  return (
    <div className="stack">
      <PageHeading title={title} />
      <StatusMessage message={message} />
      {organisation && !owner ? (
        <dl className="facts">
          <OwnerFact ownerProgrammeId={organisation.ownerProgrammeId} />
        </dl>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="stack form">
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        {owner ? <OwnerField id={fieldId(FORM_ID, 'ownerProgrammeId')} label={labels.ownerProgrammeId} choice={owner} error={form.errorFor('ownerProgrammeId')} /> : null}
        <Textfield id={fieldId(FORM_ID, 'name')} label={labels.name} value={v.name} onChange={set('name')} error={form.errorFor('name')} autoComplete="organization" />
        <Textfield id={fieldId(FORM_ID, 'shortName')} label={labels.shortName} value={v.shortName} onChange={set('shortName')} error={form.errorFor('shortName')} />
        <SelectField id={fieldId(FORM_ID, 'kind')} label={labels.kind} value={v.kind} onChange={set('kind')} error={form.errorFor('kind')}>
          <option value="">{t('picker.choose')}</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organisationKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <Textfield
          id={fieldId(FORM_ID, 'orgNumber')}
          label={labels.orgNumber}
          description={t('organisations.orgNumberHelp')}
          inputMode="numeric"
          value={v.orgNumber}
          onChange={set('orgNumber')}
          error={form.errorFor('orgNumber')}
          autoComplete="off"
        />
        <EntityPicker
          id={fieldId(FORM_ID, 'parentId')}
          label={labels.parentId}
          searchLabel={t('organisations.searchParent')}
          source={organisationSource}
          value={v.parentId}
          onChange={(parentId) => setV((s) => ({ ...s, parentId }))}
          error={form.errorFor('parentId')}
          exclude={organisation?.id}
        />
        <EntityPicker
          id={fieldId(FORM_ID, 'areaId')}
          label={labels.areaId}
          searchLabel={t('organisations.searchArea')}
          source={areaSource}
          value={v.areaId}
          onChange={(areaId) => setV((s) => ({ ...s, areaId }))}
          error={form.errorFor('areaId')}
        />
        <Textfield
          id={fieldId(FORM_ID, 'website')}
          label={labels.website}
          description={t('organisations.websiteHelp')}
          type="url"
          value={v.website}
          onChange={set('website')}
          error={form.errorFor('website')}
          autoComplete="url"
        />
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : organisation ? t('common.save') : t('organisations.create')}
          </Button>
          <AppLink to="/admin/organisasjoner">{t('organisations.backToList')}</AppLink>
        </div>
      </form>
      {organisation && canDelete ? (
        <section aria-labelledby="delete-heading" className="stack">
          <Heading level={2} data-size="md" id="delete-heading">
            {t('organisations.delete')}
          </Heading>
          <ConfirmDelete
            name={organisation.name}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(href('/admin/organisasjoner')) })}
          />
        </section>
      ) : null}
    </div>
  );
}
