import { Button, Heading, Input, Label, Paragraph } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { LessonHit, LessonsAnswer } from '../../../../shared/contracts/reports';
import { LESSON_KINDS, type LessonKind } from '../../../../shared/domain/reports';
import { isApiError } from '../../../app/api';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { SelectField } from '../../../components/forms/SelectField';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { useProgramme } from '../../programmes/programmes.queries';
import { projectPath } from '../../portfolio/public/portfolio-paths';
import { useLessons } from '../reports.queries';
import { Snippet } from '../Snippet';
import '../reports.css';
import { useGetFormSubmit } from '../../../components/use-get-form';

/** The programme's lessons learned: what its finished projects say worked, did not, and advise; searched in Norwegian. */
export default function LessonsPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const programme = useProgramme(slug);
  const q = (params.get('q') ?? '').trim();
  const kind = LESSON_KINDS.find((k) => k === params.get('type'));
  const lessons = useLessons(programme.data?.id, { ...(q ? { q } : {}), ...(kind ? { kind } : {}) });
  if (programme.isPending || (programme.isSuccess && lessons.isPending)) return <Loading />;
  const error = programme.error ?? lessons.error;
  if (error) {
    if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <LessonsView programme={programme.data!} answer={lessons.data!} q={q} kind={kind ?? ''} />;
}

function LessonsView({ programme, answer, q, kind }: { programme: Programme; answer: LessonsAnswer; q: string; kind: LessonKind | '' }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const submit = useGetFormSubmit(['q', 'type']);
  return (
    <article className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${programme.slug}`}>{name.text}</AppLink> · <AppLink to={`/program/${programme.slug}/prosjekter`}>{t('portfolio.public.title')}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('reports.lessons.title')} – ${name.text}`} description={t('reports.lessons.lead')}>
        {t('reports.lessons.title')}
      </PageHeading>
      <Paragraph>{t('reports.lessons.lead')}</Paragraph>
      <form method="get" role="search" aria-label={t('reports.lessons.search')} className="reports-filters" onSubmit={submit}>
        <div className="ds-field">
          <Label htmlFor="lessons-q">{t('reports.lessons.words')}</Label>
          <div data-field="description" id="lessons-q-description">
            {t('reports.lessons.wordsHelp')}
          </div>
          <Input id="lessons-q" name="q" type="search" defaultValue={q} aria-describedby="lessons-q-description" />
        </div>
        <SelectField id="lessons-kind" name="type" label={t('reports.lessons.kind')} defaultValue={kind}>
          <option value="">{t('reports.lessons.anyKind')}</option>
          {LESSON_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`reports.lessonKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit" variant="secondary">
            {t('reports.lessons.find')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">{t('reports.lessons.count', { count: answer.total })}</Paragraph>
      <ul className="lessons-hits">
        {answer.items.map((hit, i) => (
          <LessonItem key={i} hit={hit} slug={programme.slug} />
        ))}
      </ul>
    </article>
  );
}

function LessonItem({ hit, slug }: { hit: LessonHit; slug: string }) {
  const { t } = useTranslation();
  const title = useLocalized(hit.project.title);
  return (
    <li className="stack-sm">
      <Heading level={2} data-size="2xs">
        {t(`reports.lessonKinds.${hit.kind}`)} –{' '}
        <AppLink to={projectPath(slug, hit.project.id)} lang={title.lang}>
          {title.text}
        </AppLink>
      </Heading>
      <Paragraph lang="nb">
        <Snippet text={hit.snippet} />
      </Paragraph>
    </li>
  );
}
