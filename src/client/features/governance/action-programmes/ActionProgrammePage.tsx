import { Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { ActionProgramme } from '../../../../shared/contracts/action-programmes';
import type { Programme } from '../../../../shared/contracts/programmes';
import { isApiError } from '../../../app/api';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { useProgramme } from '../../programmes/programmes.queries';
import { governancePath, meetingPath } from '../public/governance-parts';
import { formatYears } from './action-programme-format';
import { ActionProgrammeContentView } from './ActionProgrammeContent';
import { useActionProgramme } from './action-programmes.queries';
import '../public/governance-public.css';
import './action-programmes.css';

/** A published action programme: its period, challenges, priorities and efforts, and the decision that adopted it. */
export default function ActionProgrammePage() {
  const { slug = '', actionProgrammeId = '' } = useParams();
  const programme = useProgramme(slug);
  const ap = useActionProgramme(actionProgrammeId);
  if (programme.isPending || ap.isPending) return <Loading />;
  const error = programme.error ?? ap.error;
  if (error) {
    if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED'))
      return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  if (ap.data!.programmeId !== programme.data!.id || ap.data!.status !== 'published')
    return <NotFoundPage />;
  return <ActionProgrammeView programme={programme.data!} ap={ap.data!} />;
}

function ActionProgrammeView({ programme, ap }: { programme: Programme; ap: ActionProgramme }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const title = useLocalized(ap.title);
  const body = useLocalized(ap.adoptedBy?.bodyName);
  const period = formatYears(ap.periodFrom, ap.periodTo);
  return (
    <article className="stack governance-page">
      <Paragraph data-size="sm">
        <AppLink to={governancePath(programme.slug)}>
          {t('governancePublic.actionProgramme.back', { name: name.text })}
        </AppLink>
      </Paragraph>
      <PageHeading
        title={`${title.text} – ${name.text}`}
        description={t('governancePublic.actionProgramme.description', {
          title: title.text,
          period,
        })}
        lang={title.lang}
      >
        {title.text}
      </PageHeading>
      <dl className="facts">
        <div>
          <dt>{t('governancePublic.actionProgramme.period')}</dt>
          <dd>{period}</dd>
        </div>
        {ap.adoptedBy ? (
          <div>
            <dt>{t('governancePublic.actionProgramme.adopted')}</dt>
            <dd>
              <AppLink to={meetingPath(programme.slug, ap.adoptedBy.meetingId)}>
                {t('governancePublic.actionProgramme.adoptedBy', {
                  number: ap.adoptedBy.caseNumber,
                  body: body.text,
                })}
              </AppLink>
            </dd>
          </div>
        ) : null}
      </dl>
      <ActionProgrammeContentView ap={ap} slug={programme.slug} />
    </article>
  );
}
