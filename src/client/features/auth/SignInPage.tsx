import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import { LoginRequest } from '../../../shared/contracts/auth';
import { authRoutes } from '../../../shared/contracts/routes';
import { isApiError, urlOf } from '../../app/api';
import { useLogin, useMe } from '../../app/auth';
import { safeReturnTo } from '../../app/locale';
import { useLocalePath } from '../../app/locale-context';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { PageHeading } from '../../components/PageHeading';

const FORM_ID = 'sign-in';

export function SignInPage() {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const login = useLogin();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const returnTo = safeReturnTo(params.get('returnTo')) ?? href('/admin');
  const oidcError = params.get('error');
  const labels = { email: t('signIn.email'), password: t('signIn.password') };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(LoginRequest, { email, password });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    login.mutate(parsed.data, {
      onSuccess: () => navigate(returnTo),
      onError: (err) => form.setFailure(err),
    });
  };

  const credentialsWrong = isApiError(form.problem) && form.problem.code === 'INVALID_CREDENTIALS';
  // The submit button is disabled while the request runs, which drops focus to the page; after a
  // wrong password, focus goes where the user will type again (the alert has been announced).
  useEffect(() => {
    if (credentialsWrong) document.getElementById(fieldId(FORM_ID, 'password'))?.focus();
  }, [credentialsWrong, form.attempt]);

  return (
    <div className="stack narrow">
      <PageHeading title={t('signIn.title')} />
      {oidcError ? (
        <Alert data-color="danger">
          <Paragraph>{t(`errors.${oidcError === 'OIDC_FAILED' ? 'OIDC_FAILED' : 'INTERNAL'}`)}</Paragraph>
        </Alert>
      ) : null}
      {me.data?.user ? <Paragraph>{t('signIn.already', { name: me.data.user.name })}</Paragraph> : null}
      {credentialsWrong ? (
        <Alert data-color="danger" role="alert" key={form.attempt}>
          <Paragraph>{t('errors.INVALID_CREDENTIALS')}</Paragraph>
        </Alert>
      ) : (
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
      )}
      <form onSubmit={onSubmit} noValidate className="stack">
        <Heading level={2} data-size="sm">
          {t('signIn.withPassword')}
        </Heading>
        <Textfield
          id={fieldId(FORM_ID, 'email')}
          label={labels.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.errorFor('email')}
          required
        />
        <Textfield
          id={fieldId(FORM_ID, 'password')}
          label={labels.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errorFor('password')}
          required
        />
        <div>
          <Button type="submit" disabled={login.isPending}>
            {t('signIn.submit')}
          </Button>
        </div>
      </form>
      {me.data?.oidcEnabled ? (
        <div className="stack-sm">
          <Heading level={2} data-size="sm">
            {t('signIn.orOidc')}
          </Heading>
          <Paragraph>
            <Link href={urlOf(authRoutes.oidcLogin, { query: { returnTo } })}>{t('signIn.oidc')}</Link>
          </Paragraph>
        </div>
      ) : null}
    </div>
  );
}

export default SignInPage;
