import { useState, type FormEvent } from 'react';
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import { AREA_KINDS, AreaCreate, type Area, type AreaKind } from '../../../shared/contracts/areas';
import { isApiError } from '../../app/api';
import { useLocalePath } from '../../app/locale-context';
import { can, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { EntityPicker } from '../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { SelectField } from '../../components/forms/SelectField';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/LoadFailed';
import { StatusMessage } from '../../components/StatusMessage';
import { useArea, useAreaSource, useDeleteArea, useSaveArea } from './areas.queries';

const FORM_ID = 'area';

export function AreaEditPage({ user }: { user: MeUser }) {
  const { id } = useParams();
  const { t } = useTranslation();
  const area = useArea(id);
  if (!can(user, id === undefined ? 'area.create' : 'area.update')) return <NoAccess message={t('noAccess.register')} />;
  if (id === undefined) return <AreaForm key="new" user={user} />;
  if (area.isPending) return <Loading />;
  if (area.isError) {
    if (isApiError(area.error) && area.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={area.error} />;
  }
  return <AreaForm key={id} user={user} area={area.data} />;
}

function AreaForm({ user, area }: { user: MeUser; area?: Area }) {
  const { t } = useTranslation();
  const areaSource = useAreaSource();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveArea(area?.id);
  const remove = useDeleteArea(area?.id ?? '');
  const form = useFormErrors();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [message, setMessage] = useState<string | null>(created ? t('areas.created') : null);
  const [kind, setKind] = useState<AreaKind | ''>(area?.kind ?? '');
  const [code, setCode] = useState(area?.code ?? '');
  const [name, setName] = useState(area?.name ?? '');
  const [nameNn, setNameNn] = useState(area?.nameNn ?? '');
  const [nameEn, setNameEn] = useState(area?.nameEn ?? '');
  const [parentId, setParentId] = useState<string | null>(area?.parentId ?? null);
  const labels = { kind: t('areas.kind'), code: t('areas.code'), name: t('areas.name'), nameNn: t('areas.nameNn'), nameEn: t('areas.nameEn'), parentId: t('areas.parent') };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const parsed = validate(AreaCreate, { kind: kind || undefined, code, name, nameNn: nameNn.trim() || null, nameEn: nameEn.trim() || null, parentId });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        if (area) setMessage(t('common.saved'));
        else navigate(href(`/admin/omrader/${saved.id}`), { state: { created: true } });
      },
      onError: form.setFailure,
    });
  };

  return (
    <div className="stack">
      <PageHeading title={area ? area.name : t('areas.new')} />
      <StatusMessage message={message} />
      <form onSubmit={onSubmit} noValidate className="stack form">
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <SelectField id={fieldId(FORM_ID, 'kind')} label={labels.kind} value={kind} onChange={(e) => setKind(e.target.value as AreaKind | '')} error={form.errorFor('kind')}>
          <option value="">{t('picker.choose')}</option>
          {AREA_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`areaKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <Textfield
          id={fieldId(FORM_ID, 'code')}
          label={labels.code}
          description={kind ? t(`areas.codeHelp.${kind}`) : t('areas.codeHelpAny')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={form.errorFor('code')}
          autoComplete="off"
        />
        <Textfield id={fieldId(FORM_ID, 'name')} label={labels.name} value={name} onChange={(e) => setName(e.target.value)} error={form.errorFor('name')} />
        <Textfield
          id={fieldId(FORM_ID, 'nameNn')}
          label={labels.nameNn}
          description={t('areas.otherNameHelp')}
          value={nameNn}
          onChange={(e) => setNameNn(e.target.value)}
          error={form.errorFor('nameNn')}
        />
        <Textfield
          id={fieldId(FORM_ID, 'nameEn')}
          label={labels.nameEn}
          description={t('areas.otherNameHelp')}
          value={nameEn}
          onChange={(e) => setNameEn(e.target.value)}
          error={form.errorFor('nameEn')}
        />
        <EntityPicker
          id={fieldId(FORM_ID, 'parentId')}
          label={labels.parentId}
          searchLabel={t('areas.searchParent')}
          description={t('areas.parentHelp')}
          source={areaSource}
          value={parentId}
          onChange={setParentId}
          error={form.errorFor('parentId')}
          exclude={area?.id}
        />
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : area ? t('common.save') : t('areas.create')}
          </Button>
          <AppLink to="/admin/omrader">{t('areas.backToList')}</AppLink>
        </div>
      </form>
      {area && can(user, 'area.delete') ? (
        <section aria-labelledby="delete-heading" className="stack">
          <Heading level={2} data-size="md" id="delete-heading">
            {t('areas.delete')}
          </Heading>
          <ConfirmDelete name={area.name} pending={remove.isPending} error={remove.error} onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(href('/admin/omrader')) })} />
        </section>
      ) : null}
    </div>
  );
}
