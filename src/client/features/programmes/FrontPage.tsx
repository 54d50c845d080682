import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { PageHeading } from '../../components/PageHeading';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocalized } from '../../components/LocalizedText';
import { useProgrammes } from './programmes.queries';
import { buildProgrammeTree, type ProgrammeNode } from './tree';
import { useProgrammeCompare } from './use-programme-sort';

export function FrontPage() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const compare = useProgrammeCompare();
  const roots = programmes.data ? buildProgrammeTree(programmes.data, compare) : [];

  return (
    <div className="stack">
      <PageHeading title={t('home.title')} />
      <Paragraph data-size="lg">{t('home.intro')}</Paragraph>
      {programmes.isPending ? <Loading /> : null}
      {programmes.isError ? <ProblemAlert error={programmes.error} /> : null}
      {programmes.data && roots.length === 0 ? <Paragraph>{t('home.empty')}</Paragraph> : null}
      {roots.length > 0 ? (
        <section aria-labelledby="programmes-heading" className="stack">
          <Heading level={2} data-size="md" id="programmes-heading">
            {t('home.programmes')}
          </Heading>
          <ul className="programme-tree">
            {roots.map((node) => (
              <ProgrammeTreeItem key={node.programme.id} node={node} level={3} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ProgrammeTreeItem({ node, level }: { node: ProgrammeNode; level: 3 | 4 | 5 | 6 }) {
  const { t } = useTranslation();
  const { programme } = node;
  const name = useLocalized(programme.name);
  const summary = useLocalized(programme.summary);
  const nextLevel = Math.min(level + 1, 6) as 3 | 4 | 5 | 6;
  return (
    <li>
      <Card data-color="neutral" className="programme-card">
        <Heading level={level} data-size={level === 3 ? 'sm' : 'xs'}>
          <AppLink to={`/program/${programme.slug}`} lang={name.lang}>
            {name.text}
          </AppLink>
        </Heading>
        <div className="tags">
          <Tag data-color="info" data-size="sm">
            {t(`programmeKind.${programme.kind}`)}
          </Tag>
          {!programme.isPublished ? (
            <Tag data-color="warning" data-size="sm">
              {t('programme.unpublished')}
            </Tag>
          ) : null}
        </div>
        {summary.text ? <Paragraph lang={summary.lang}>{summary.text}</Paragraph> : null}
        {node.children.length > 0 ? (
          <ul className="programme-tree nested" aria-label={t('home.subProgrammesOf', { name: name.text })}>
            {node.children.map((child) => (
              <ProgrammeTreeItem key={child.programme.id} node={child} level={nextLevel} />
            ))}
          </ul>
        ) : null}
      </Card>
    </li>
  );
}
