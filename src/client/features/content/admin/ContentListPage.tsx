import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { ContentSummary } from '../../../../shared/contracts/content';
import type { ContentKind, ContentState } from '../../../../shared/domain/content';
import { useLocale } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ButtonLink } from '../../../components/ButtonLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatDate } from '../../portfolio/portfolio-format';
import { formatDateTime } from '../../governance/admin/format';
import { useContentList } from '../content.queries';
import '../content.css';

/** The programme's pages and news, drafts too, for those who work in the programme. */
export function ContentListPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="programme.readInternal">{(programme) => <ContentList programme={programme} />}</ProgrammeGate>;
}

const STATE_COLOR: Record<ContentState, 'neutral' | 'success' | 'warning'> = { draft: 'neutral', published: 'success', changed: 'warning' };

export function StateTag({ state }: { state: ContentState }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATE_COLOR[state]} data-size="sm">
      {t(`content.admin.state.${state}`)}
    </Tag>
  );
}

function ContentTable({ kind, items }: { kind: ContentKind; items: ContentSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const caption = t(kind === 'page' ? 'content.admin.pages' : 'content.admin.news');
  if (items.length === 0) return <Paragraph>{t('content.admin.none')}</Paragraph>;
  return (
    <ScrollTable label={caption}>
      <Table data-size="sm">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('content.admin.columns.title')}</Table.HeaderCell>
            <Table.HeaderCell>{t(kind === 'page' ? 'content.admin.columns.address' : 'content.admin.columns.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('content.admin.columns.state')}</Table.HeaderCell>
            <Table.HeaderCell>{t('content.admin.columns.updated')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((i) => (
            <Table.Row key={i.id}>
              <Table.Cell>
                <AppLink to={`/admin/innhold/${i.id}`}>
                  <LocalizedInline text={i.title} />
                </AppLink>
              </Table.Cell>
              <Table.Cell>{kind === 'page' ? i.slug : i.date ? formatDate(i.date, locale) : '–'}</Table.Cell>
              <Table.Cell>
                <StateTag state={i.state} />
              </Table.Cell>
              <Table.Cell>{formatDateTime(i.updatedAt, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

function ContentList({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const list = useContentList(programme.id);
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{name.text}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('content.admin.title')} – ${name.text}`}>{t('content.admin.title')}</PageHeading>
      <Paragraph>{t('content.admin.intro')}</Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadFailed error={list.error} /> : null}
      {list.data ? (
        <>
          {list.data.canManage ? (
            <div className="content-block-tools">
              <ButtonLink to={`/admin/program/${programme.slug}/innhold/ny?type=side`} variant="secondary">
                {t('content.admin.newPage')}
              </ButtonLink>
              <ButtonLink to={`/admin/program/${programme.slug}/innhold/ny?type=nyhet`} variant="secondary">
                {t('content.admin.newNews')}
              </ButtonLink>
            </div>
          ) : null}
          <section aria-labelledby="content-pages-heading" className="stack-sm">
            <Heading level={2} data-size="md" id="content-pages-heading">
              {t('content.admin.pages')}
            </Heading>
            <ContentTable kind="page" items={list.data.items.filter((i) => i.kind === 'page')} />
          </section>
          <section aria-labelledby="content-news-heading" className="stack-sm">
            <Heading level={2} data-size="md" id="content-news-heading">
              {t('content.admin.news')}
            </Heading>
            <ContentTable kind="news" items={list.data.items.filter((i) => i.kind === 'news')} />
          </section>
        </>
      ) : null}
    </div>
  );
}
