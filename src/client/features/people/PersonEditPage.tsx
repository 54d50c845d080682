import { useState, type FormEvent } from 'react';
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import { PersonCreate, type Person } from '../../../shared/contracts/people';
import { isApiError } from '../../app/api';
import { useLocalePath } from '../../app/locale-context';
import { can, canOnOwned, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { EntityPicker } from '../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, orNull, validate } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/LoadFailed';
import { StatusMessage } from '../../components/StatusMessage';
import { organisationSource } from '../organisations/organisations.queries';
import { OwnerFact, OwnerField, useOwnerChoice } from '../programmes/owner';
import { useProgrammes } from '../programmes/programmes.queries';
import { useDeletePerson, usePerson, useSavePerson } from './people.queries';

const FORM_ID = 'person';

/**
 * A person is edited by those who keep the entry: the secretariat of the programme that owns it,
 * the contributors of the person's organisation, and platform administrators (see `ownedScope`).
 */
export function PersonEditPage({ user }: { user: MeUser }) {
  const { id } = useParams();
  const { t } = useTranslation();
  const person = usePerson(id);
  const programmes = useProgrammes();
  const noAccess = <NoAccess message={t('noAccess.register')} />;
  if (id === undefined && !can(user, 'person.create', { organisationId: user.organisationId })) return noAccess;
  if (programmes.isPending || (id !== undefined && person.isPending)) return <Loading />;
  if (id === undefined) return <PersonForm key="new" user={user} canDelete={false} />;
  if (person.isError) {
    if (isApiError(person.error) && person.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={person.error} />;
  }
  if (!person.data) return <Loading />;
  const keeps = (action: 'person.update' | 'person.delete') => canOnOwned(user, action, programmes.data ?? [], person.data.ownerProgrammeId, person.data.organisationId);
  if (!keeps('person.update')) return noAccess;
  return <PersonForm key={id} user={user} person={person.data} canDelete={keeps('person.delete')} />;
}

function PersonForm({ user, person, canDelete }: { user: MeUser; person?: Person; canDelete: boolean }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSavePerson(person?.id);
  const remove = useDeletePerson(person?.id ?? '');
  const form = useFormErrors();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [message, setMessage] = useState<string | null>(created ? t('people.created') : null);
  const [v, setV] = useState({
    name: person?.name ?? '',
    title: person?.title ?? '',
    titleNn: person?.titleNn ?? '',
    titleEn: person?.titleEn ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    organisationId: person?.organisationId ?? (user.isPlatformAdmin ? null : user.organisationId),
  });
  // Who keeps the person: one of the user's programmes, or its own organisation; an existing
  // person can be handed over among them.
  const owner = useOwnerChoice(user, 'person.create', v.organisationId, person ? person.ownerProgrammeId : undefined);
  const labels = {
    ownerProgrammeId: t('owner.label'),
    name: t('people.name'),
    title: t('people.titleField'),
    titleNn: t('people.titleNn'),
    titleEn: t('people.titleEn'),
    email: t('people.email'),
    phone: t('people.phone'),
    organisationId: t('people.organisation'),
  };
  const set = (key: 'name' | 'title' | 'titleNn' | 'titleEn' | 'email' | 'phone') => (e: { target: { value: string } }) => setV((s) => ({ ...s, [key]: e.target.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const parsed = validate(PersonCreate, {
      name: v.name,
      title: orNull(v.title),
      titleNn: orNull(v.titleNn),
      titleEn: orNull(v.titleEn),
      email: orNull(v.email),
      phone: orNull(v.phone),
      organisationId: v.organisationId,
      ...(owner.offered && (!person || (owner.value || null) !== person.ownerProgrammeId) ? { ownerProgrammeId: owner.value || null } : {}),
    });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        if (person) setMessage(t('common.saved'));
        else navigate(href(`/admin/personer/${saved.id}`), { state: { created: true } });
      },
      onError: form.setFailure,
    });
  };

  return (
    <div className="stack">
      <PageHeading title={person ? person.name : t('people.new')} />
      <StatusMessage message={message} />
      {person && !owner.offered ? (
        <dl className="facts">
          <OwnerFact ownerProgrammeId={person.ownerProgrammeId} />
        </dl>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="stack form">
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <OwnerField id={fieldId(FORM_ID, 'ownerProgrammeId')} label={labels.ownerProgrammeId} choice={owner} error={form.errorFor('ownerProgrammeId')} />
        <Textfield id={fieldId(FORM_ID, 'name')} label={labels.name} value={v.name} onChange={set('name')} error={form.errorFor('name')} autoComplete="off" />
        <Textfield id={fieldId(FORM_ID, 'title')} label={labels.title} description={t('people.titleHelp')} value={v.title} onChange={set('title')} error={form.errorFor('title')} />
        <Textfield id={fieldId(FORM_ID, 'titleNn')} label={labels.titleNn} description={t('people.otherTitleHelp')} value={v.titleNn} onChange={set('titleNn')} error={form.errorFor('titleNn')} />
        <Textfield id={fieldId(FORM_ID, 'titleEn')} label={labels.titleEn} description={t('people.otherTitleHelp')} value={v.titleEn} onChange={set('titleEn')} error={form.errorFor('titleEn')} />
        <Textfield id={fieldId(FORM_ID, 'email')} label={labels.email} type="email" value={v.email} onChange={set('email')} error={form.errorFor('email')} autoComplete="off" />
        <Textfield
          id={fieldId(FORM_ID, 'phone')}
          label={labels.phone}
          description={t('people.phoneHelp')}
          type="tel"
          value={v.phone}
          onChange={set('phone')}
          error={form.errorFor('phone')}
          autoComplete="off"
        />
        <EntityPicker
          id={fieldId(FORM_ID, 'organisationId')}
          label={labels.organisationId}
          searchLabel={t('people.searchOrganisation')}
          source={organisationSource}
          value={v.organisationId}
          onChange={(organisationId) => setV((s) => ({ ...s, organisationId }))}
          error={form.errorFor('organisationId')}
        />
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : person ? t('common.save') : t('people.create')}
          </Button>
          <AppLink to="/admin/personer">{t('people.backToList')}</AppLink>
        </div>
      </form>
      {person && canDelete ? (
        <section aria-labelledby="delete-heading" className="stack">
          <Heading level={2} data-size="md" id="delete-heading">
            {t('people.delete')}
          </Heading>
          <ConfirmDelete name={person.name} pending={remove.isPending} error={remove.error} onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(href('/admin/personer')) })} />
        </section>
      ) : null}
    </div>
  );
}
