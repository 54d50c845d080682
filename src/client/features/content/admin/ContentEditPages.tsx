import { useParams, useSearchParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { ContentItem } from '../../../../shared/contracts/content';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { Paragraph } from '@digdir/designsystemet-react';
import { useContentItem } from '../content.queries';
import { ContentEditor } from './ContentEditor';
import '../content.css';

function Back({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph data-size="sm">
      <AppLink to={`/admin/program/${slug}/innhold`}>{t('content.admin.back')}</AppLink>
    </Paragraph>
  );
}

/** A new page (`?type=side`) or news item (`?type=nyhet`) for the programme. */
export function NewContentPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="content.manage">{(programme) => <NewContent programme={programme} />}</ProgrammeGate>;
}

function NewContent({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const kind = params.get('type') === 'nyhet' ? 'news' : 'page';
  const name = useLocalized(programme.name);
  return (
    <div className="stack">
      <Back slug={programme.slug} />
      <PageHeading title={`${t(`content.admin.newTitle.${kind}`)} – ${name.text}`}>{t(`content.admin.newTitle.${kind}`)}</PageHeading>
      <ContentEditor key={kind} programmeId={programme.id} programmeSlug={programme.slug} kind={kind} />
    </div>
  );
}

/** A page or news item of a programme, to edit. */
export function ContentEditPage() {
  const { id = '' } = useParams();
  const item = useContentItem(id);
  if (item.isPending) return <Loading />;
  if (item.isError) return <LoadFailed error={item.error} />;
  return <EditContent item={item.data} />;
}

function EditContent({ item }: { item: ContentItem }) {
  const title = useLocalized(item.draft.title);
  return (
    <div className="stack">
      <Back slug={item.programmeSlug} />
      <PageHeading title={title.text} lang={title.lang}>
        {title.text}
      </PageHeading>
      <ContentEditor key={`${item.id}`} programmeId={item.programmeId} programmeSlug={item.programmeSlug} kind={item.kind} item={item} />
    </div>
  );
}
