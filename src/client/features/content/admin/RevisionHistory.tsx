import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ContentItem } from '../../../../shared/contracts/content';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDateTime } from '../../governance/admin/format';
import { useRestoreContent, useRevisions } from '../content.queries';

/** Every saved revision, newest first; an earlier one can be brought back as the draft. */
export function RevisionHistory({ item, onRestored }: { item: ContentItem; onRestored(item: ContentItem): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const revisions = useRevisions(item.id);
  const restore = useRestoreContent(item.id);
  const [status, setStatus] = useState<string | null>(null);
  const bringBack = async (from: number) => {
    setStatus(null);
    const restored = await restore.mutateAsync({ revision: item.revision, from });
    onRestored(restored);
    setStatus(t('content.admin.restored', { from, revision: restored.revision }));
  };
  return (
    <section aria-labelledby="content-history" className="stack-sm">
      <Heading level={2} data-size="md" id="content-history">
        {t('content.admin.history')}
      </Heading>
      <Paragraph data-size="sm">{t('content.admin.historyHelp')}</Paragraph>
      {revisions.isPending ? <Loading /> : null}
      {revisions.isError ? <LoadFailed error={revisions.error} /> : null}
      {restore.error ? <ProblemAlert error={restore.error} /> : null}
      <ActionStatus message={status} />
      <ol className="plain-list stack-sm">
        {(revisions.data?.items ?? []).map((r) => (
          <li key={r.revision}>
            <Paragraph>
              <strong>{t('content.admin.revision', { revision: r.revision })}</strong> – {r.title.nb}{' '}
              {r.wasPublished ? (
                <Tag data-color="success" data-size="sm">
                  {t('content.admin.wasPublished')}
                </Tag>
              ) : null}
            </Paragraph>
            <Paragraph data-size="sm">{r.savedBy ? t('content.admin.savedBy', { date: formatDateTime(r.savedAt, locale), name: r.savedBy }) : t('content.admin.savedAt', { date: formatDateTime(r.savedAt, locale) })}</Paragraph>
            {r.revision !== item.revision ? (
              <Button variant="tertiary" data-size="sm" disabled={restore.isPending} onClick={() => void bringBack(r.revision).catch(() => undefined)}>
                {t('content.admin.restore', { revision: r.revision })}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
