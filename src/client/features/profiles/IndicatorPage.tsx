import { PageHeading } from '../../components/PageHeading';

/** Placeholder while the page is being built. */
export default function IndicatorPage() {
  return <PageHeading title="IndicatorPage" />;
}
