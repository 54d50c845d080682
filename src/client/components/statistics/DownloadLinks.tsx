import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import './statistics.css';

/**
 * Links to the same figures as files. Plain links (not buttons running scripts): they work
 * without JavaScript, can be copied, and the browser handles the download. A page that can be
 * printed as a document (the area profile) also offers it as an accessible PDF; the link's
 * words name the file type and its size.
 */
export function DownloadLinks({ csv, jsonstat, pdf, description }: { csv: string; jsonstat: string; pdf?: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack-sm">
      {description ? <p className="muted">{description}</p> : null}
      <ul className="download-links">
        {pdf ? (
          <li>
            <Link href={pdf} download type="application/pdf">
              {t('profiles.download.pdf')}
            </Link>
          </li>
        ) : null}
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
