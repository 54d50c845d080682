import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../../../shared/contracts/programmes';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { callsPath, useCalls } from './calls.queries';

/** The calls in short on the public programme page: how many are open, and the way to them. Nothing before the first call. */
export function ProgrammeCallsSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const calls = useCalls(programme.id);
  const published = (calls.data?.items ?? []).filter((c) => c.status !== 'draft');
  if (published.length === 0) return null;
  const open = published.filter((c) => c.status === 'open').length;
  return (
    <section aria-labelledby="calls-section" className="stack-sm">
      <Heading level={2} data-size="md" id="calls-section">
        {t('calls.public.title')}
      </Heading>
      <Paragraph>{open > 0 ? t('calls.public.sectionLead', { count: open }) : t('calls.public.sectionNone')}</Paragraph>
      <Paragraph>
        <AppLink to={callsPath(programme.slug)}>{t('calls.public.sectionLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
