import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { useProgramme } from '../../programmes/programmes.queries';
import { useStandards } from '../standards.queries';
import { LANGUAGE_INFO } from '../../../../shared/domain/standards';
import { standardPath } from './standard-paths';
import './standards.css';

/** The programme's published standards and the schools' local guidelines, with the languages each is in. */
export default function StandardsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const list = useStandards(programme.data?.id);
  const name = useLocalized(programme.data?.name);
  if (programme.isPending || (programme.data && list.isPending)) return <Loading />;
  const error = programme.error ?? list.error;
  if (error) return isApiError(error) && error.code === 'NOT_FOUND' ? <NotFoundPage /> : <LoadFailed error={error} />;
  const published = list.data!.items.filter((s) => s.latestVersion);
  return (
    <article className="stack standard-page">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${encodeURIComponent(slug)}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={t('standards.public.listTitle', { name: name.text })} description={t('standards.public.listLead')}>
        {t('standards.public.listHeading')}
      </PageHeading>
      <Paragraph>{t('standards.public.listLead')}</Paragraph>
      {published.length === 0 ? <Paragraph>{t('standards.public.none')}</Paragraph> : null}
      <ul className="standard-list">
        {published.map((s) => (
          <li key={s.id}>
            <Heading level={2} data-size="xs">
              <AppLink to={standardPath(slug, s.id)}>{s.title}</AppLink>
            </Heading>
            {s.organisation ? <Paragraph data-size="sm">{t('standards.public.localGuideline', { school: s.organisation.name })}</Paragraph> : null}
            {s.basedOn?.superseded ? (
              <Tag data-color="warning" data-size="sm">
                {t('standards.public.superseded')}
              </Tag>
            ) : null}
            {s.languages.length > 0 ? (
              <Paragraph data-size="sm">
                {t('standards.public.alsoIn')}{' '}
                {s.languages.map((l, i) => (
                  <span key={l.language}>
                    {i > 0 ? ', ' : ''}
                    <AppLink to={standardPath(slug, s.id, l.language)} lang={l.language} dir={LANGUAGE_INFO[l.language].dir} hrefLang={l.language}>
                      {LANGUAGE_INFO[l.language].name}
                    </AppLink>
                  </span>
                ))}
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
