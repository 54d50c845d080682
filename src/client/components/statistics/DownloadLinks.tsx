import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import './statistics.css';

/**
 * Links to the same figures as files. Plain links (not buttons running scripts): they work
 * without JavaScript, can be copied, and the browser handles the download.
 */
export function DownloadLinks({ csv, jsonstat, description }: { csv: string; jsonstat: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack-sm">
      {description ? <p className="muted">{description}</p> : null}
      <ul className="download-links">
        <li>
          <Link href={csv} download>
            {t('profiles.download.csv')}
          </Link>
        </li>
        <li>
          <Link href={jsonstat} download>
            {t('profiles.download.jsonstat')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
