import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { useLocalized } from '../../../components/LocalizedText';
import { bodyPath, decisionsPath, governancePath } from './governance-parts';
import { useBodies } from './governance.queries';

function BodyLink({ slug, body }: { slug: string; body: { id: string; name: Programme['name'] } }) {
  const name = useLocalized(body.name);
  return (
    <li>
      <AppLink to={bodyPath(slug, body.id)} lang={name.lang}>
        {name.text}
      </AppLink>
    </li>
  );
}

/**
 * Governance in short on the public programme page: its top-level bodies and the way to the
 * governance page and the decisions. Nothing when the programme has no public bodies.
 */
export function ProgrammeGovernanceSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const bodies = useBodies(programme.id);
  const list = bodies.data?.bodies ?? [];
  if (list.length === 0) return null;
  const ids = new Set(list.map((b) => b.id));
  const top = list.filter((b) => !b.parentId || !ids.has(b.parentId));
  return (
    <section aria-labelledby="governance-section" className="stack-sm">
      <Heading level={2} data-size="md" id="governance-section">
        {t('governancePublic.section.title')}
      </Heading>
      <Paragraph>{t('governancePublic.section.lead', { count: list.length })}</Paragraph>
      <ul className="plain-list">
        {top.map((b) => (
          <BodyLink key={b.id} slug={programme.slug} body={b} />
        ))}
      </ul>
      <ul className="plain-list governance-links">
        <li>
          <AppLink to={governancePath(programme.slug)}>{t('governancePublic.section.link')}</AppLink>
        </li>
        <li>
          <AppLink to={decisionsPath(programme.slug)}>{t('governancePublic.section.decisionsLink')}</AppLink>
        </li>
      </ul>
    </section>
  );
}
