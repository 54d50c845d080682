import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import { UserCreate, UserUpdate, type User } from '../../../shared/contracts/users';
import { isApiError } from '../../app/api';
import { useLocale, useLocalePath } from '../../app/locale-context';
import { can, PLATFORM, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
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
import { FirstRoleFields, type FirstRole } from './FirstRoleFields';
import { RolesEditor } from './RolesEditor';
import { useCreateUser, useUpdateUser, useUser } from './users.queries';

const FORM_ID = 'user';

export function UserEditPage({ user: me }: { user: MeUser }) {
  const { id } = useParams();
  const user = useUser(id);
  if (!can(me, 'user.read')) return <NoAccess />;
  if (id === undefined) return <UserForm key="new" me={me} />;
  if (user.isPending) return <Loading />;
  if (user.isError) {
    if (isApiError(user.error) && user.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={user.error} />;
  }
  return <UserForm key={id} me={me} user={user.data} />;
}

function UserForm({ me, user }: { me: MeUser; user?: User }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const locale = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const create = useCreateUser();
  const update = useUpdateUser(user?.id ?? '');
  const form = useFormErrors();
  // Making a platform administrator is managing a role on the platform as a whole.
  const grantsAdmin = can(me, 'role.manage', PLATFORM);
  // Only platform administrators change existing accounts; a secretariat manages their roles.
  const canChangeAccount = !user || can(me, 'user.update');
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [message, setMessage] = useState<string | null>(created ? t('users.created') : null);
  const [firstRole, setFirstRole] = useState<FirstRole>({ programmeId: '', role: '', languages: [] });
  const [v, setV] = useState({
    email: user?.email ?? '',
    name: user?.name ?? '',
    organisationId: user?.organisationId ?? null,
    password: '',
    isPlatformAdmin: user?.isPlatformAdmin ?? false,
    isDisabled: user?.isDisabled ?? false,
  });
  const labels = {
    email: t('users.email'),
    name: t('users.name'),
    organisationId: t('users.organisation'),
    password: user ? t('users.newPassword') : t('users.password'),
    isPlatformAdmin: t('users.isPlatformAdmin'),
    isDisabled: t('users.isDisabled'),
    programmeId: t('users.programme'),
    role: t('users.role'),
    languages: t('users.languages'),
  };
  const saving = create.isPending || update.isPending;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const common = { name: v.name, organisationId: v.organisationId, password: v.password === '' ? null : v.password };
    if (!user) {
      const parsed = validate(UserCreate, {
        ...common,
        email: orNull(v.email) ?? '',
        isPlatformAdmin: grantsAdmin && v.isPlatformAdmin,
        programmeId: orNull(firstRole.programmeId),
        // The new user's e-mail about the account is written in the language of this page.
        locale,
        role: firstRole.programmeId ? orNull(firstRole.role) : null,
        languages: firstRole.programmeId && firstRole.role === 'translator' ? firstRole.languages : [],
      });
      if (!parsed.ok) return form.setMessages(parsed.messages);
      form.clear();
      create.mutate(parsed.data, {
        onSuccess: (saved) => navigate(href(`/admin/brukere/${saved.id}`), { state: { created: true } }),
        onError: form.setFailure,
      });
      return;
    }
    const parsed = validate(UserUpdate, { ...common, isPlatformAdmin: v.isPlatformAdmin, isDisabled: v.isDisabled });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    update.mutate(parsed.data, {
      onSuccess: () => {
        setV((s) => ({ ...s, password: '' }));
        setMessage(t('common.saved'));
      },
      onError: form.setFailure,
    });
  };

  return (
    <div className="stack">
      <PageHeading title={user ? user.name : t('users.new')} />
      <StatusMessage message={message} />
      {user && !canChangeAccount ? (
        <dl className="facts">
          <div>
            <dt>{labels.email}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{labels.organisationId}</dt>
            <dd>{user.organisationName ?? t('common.notSet')}</dd>
          </div>
          <div>
            <dt>{t('users.status')}</dt>
            <dd>{user.isDisabled ? t('users.disabled') : t('users.active')}</dd>
          </div>
        </dl>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack form">
          <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
          {user ? (
            <Paragraph>
              {labels.email}: {user.email}
            </Paragraph>
          ) : (
            <Textfield id={fieldId(FORM_ID, 'email')} label={labels.email} type="email" value={v.email} onChange={(e) => setV((s) => ({ ...s, email: e.target.value }))} error={form.errorFor('email')} autoComplete="off" />
          )}
          <Textfield id={fieldId(FORM_ID, 'name')} label={labels.name} value={v.name} onChange={(e) => setV((s) => ({ ...s, name: e.target.value }))} error={form.errorFor('name')} autoComplete="off" />
          <EntityPicker
            id={fieldId(FORM_ID, 'organisationId')}
            label={labels.organisationId}
            searchLabel={t('users.searchOrganisation')}
            source={organisationSource}
            value={v.organisationId}
            onChange={(organisationId) => setV((s) => ({ ...s, organisationId }))}
            error={form.errorFor('organisationId')}
          />
          <Textfield
            id={fieldId(FORM_ID, 'password')}
            label={labels.password}
            description={t('users.passwordHelp')}
            type="password"
            autoComplete="new-password"
            value={v.password}
            onChange={(e) => setV((s) => ({ ...s, password: e.target.value }))}
            error={form.errorFor('password')}
          />
          {user ? null : (
            <FirstRoleFields
              me={me}
              ids={{ programmeId: fieldId(FORM_ID, 'programmeId'), role: fieldId(FORM_ID, 'role'), languages: fieldId(FORM_ID, 'languages') }}
              labels={labels}
              value={firstRole}
              onChange={setFirstRole}
              errorFor={form.errorFor}
            />
          )}
          {grantsAdmin ? (
            <Checkbox
              id={fieldId(FORM_ID, 'isPlatformAdmin')}
              label={labels.isPlatformAdmin}
              description={t('users.isPlatformAdminHelp')}
              checked={v.isPlatformAdmin}
              onChange={(e) => setV((s) => ({ ...s, isPlatformAdmin: e.target.checked }))}
              error={form.errorFor('isPlatformAdmin')}
            />
          ) : null}
          {user ? (
            <Checkbox
              id={fieldId(FORM_ID, 'isDisabled')}
              label={labels.isDisabled}
              description={t('users.isDisabledHelp')}
              checked={v.isDisabled}
              onChange={(e) => setV((s) => ({ ...s, isDisabled: e.target.checked }))}
              error={form.errorFor('isDisabled')}
            />
          ) : null}
          <div className="form-actions">
            <Button type="submit" disabled={saving}>
              {saving ? t('common.saving') : user ? t('common.save') : t('users.create')}
            </Button>
            <AppLink to="/admin/brukere">{t('users.backToList')}</AppLink>
          </div>
        </form>
      )}
      {user ? <RolesEditor me={me} user={user} onMessage={setMessage} /> : null}
    </div>
  );
}
