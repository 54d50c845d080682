import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useLocalePath } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { showFailure } from '../../governance/admin/form-support';
import { useCreateStandard, useStandards } from '../standards.queries';
import { organisationSource } from '../../organisations/organisations.queries';
import '../public/standards.css';

/** The programme's standards for the secretariat and its translators: drafts too, and a new one. */
export function StandardsAdminPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="standard.translate">{(programme) => <StandardsAdmin programme={programme} user={user} />}</ProgrammeGate>;
}

function StandardsAdmin({ programme, user }: { programme: Programme; user: MeUser }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const list = useStandards(programme.id);
  return (
    <div className="stack">
      <PageHeading title={`${t('standards.admin.title')} – ${name.text}`}>{t('standards.admin.title')}</PageHeading>
      <Paragraph>{t('standards.admin.intro')}</Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadFailed error={list.error} /> : null}
      {list.data ? (
        <>
          {list.data.items.length === 0 ? <Paragraph>{t('standards.admin.none')}</Paragraph> : null}
          <ul className="standard-list">
            {list.data.items.map((s) => (
              <li key={s.id}>
                <AppLink to={`/admin/standarder/${s.id}`}>{s.title}</AppLink>{' '}
                {s.latestVersion ? (
                  <Tag data-size="sm" data-color="success">
                    {t('standards.admin.versionTag', { number: s.latestVersion.number })}
                  </Tag>
                ) : (
                  <Tag data-size="sm" data-color="neutral">
                    {t('standards.admin.draftTag')}
                  </Tag>
                )}
                {s.organisation ? ` ${t('standards.public.localGuideline', { school: s.organisation.name })}` : ''}
                {s.basedOn?.superseded ? (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="warning">
                      {t('standards.public.superseded')}
                    </Tag>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {list.data.canCreate ? <CreateForm programme={programme} user={user} anySchool={list.data.canCreateForAnySchool} cityWide={list.data.items.filter((s) => !s.organisation && s.latestVersion)} /> : null}
        </>
      ) : null}
    </div>
  );
}

/**
 * A new standard, or a school's local guideline building on a city-wide one: a school's user
 * writes their own organisation's; the secretariat picks the school.
 */
function CreateForm({ programme, user, anySchool, cityWide }: { programme: Programme; user: MeUser; anySchool: boolean; cityWide: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const form = useFormErrors();
  const create = useCreateStandard(programme.id);
  const [title, setTitle] = useState('');
  const [basedOn, setBasedOn] = useState('');
  const [school, setSchool] = useState<string | null>(user.organisationId);
  const id = 'standard-create';
  const labels = { title: t('standards.admin.fields.title'), basedOnStandardId: t('standards.admin.fields.basedOn'), organisationId: t('standards.admin.fields.school') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      const created = await create.mutateAsync({ title, basedOnStandardId: basedOn || null, organisationId: basedOn ? (anySchool ? school : user.organisationId) : null });
      await navigate(href(`/admin/standarder/${created.id}`));
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('standards.admin.create')}
      </Heading>
      <form onSubmit={submit} noValidate className="stack form subform">
        <FormErrorSummary form={form} formId={id} labels={labels} />
        <Textfield id={fieldId(id, 'title')} label={labels.title} value={title} onChange={(e) => setTitle(e.target.value)} error={form.errorFor('title')} />
        {cityWide.length > 0 && (anySchool || user.organisationId) ? (
          <SelectField id={fieldId(id, 'basedOnStandardId')} label={labels.basedOnStandardId} description={t('standards.admin.fields.basedOnHelp')} value={basedOn} onChange={(e) => setBasedOn(e.target.value)} error={form.errorFor('basedOnStandardId')}>
            <option value="">{t('standards.admin.fields.cityWide')}</option>
            {cityWide.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        {basedOn && anySchool ? (
          <EntityPicker
            id={fieldId(id, 'organisationId')}
            label={labels.organisationId}
            searchLabel={t('standards.admin.fields.searchSchool')}
            source={organisationSource}
            value={school}
            onChange={setSchool}
            error={form.errorFor('organisationId')}
          />
        ) : null}
        <div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t('common.saving') : t('standards.admin.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
