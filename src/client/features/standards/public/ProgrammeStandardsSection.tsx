import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../../shared/contracts/programmes';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { useStandards } from '../standards.queries';
import { standardPath, standardsPath } from './standard-paths';

/** On the programme's page: its published standards, each linked, and the way to all of them. */
export function ProgrammeStandardsSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const list = useStandards(programme.id);
  const published = (list.data?.items ?? []).filter((s) => s.latestVersion && !s.organisation);
  if (published.length === 0) return null;
  return (
    <section aria-labelledby="standards-section" className="stack-sm">
      <Heading level={2} data-size="md" id="standards-section">
        {t('standards.public.listHeading')}
      </Heading>
      <ul>
        {published.map((s) => (
          <li key={s.id}>
            <AppLink to={standardPath(programme.slug, s.id)}>{s.title}</AppLink>
          </li>
        ))}
      </ul>
      <Paragraph>
        <AppLink to={standardsPath(programme.slug)}>{t('standards.public.sectionLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
