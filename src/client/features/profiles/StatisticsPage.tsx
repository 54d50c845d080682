import { PageHeading } from '../../components/PageHeading';

/** Placeholder while the page is being built. */
export default function StatisticsPage() {
  return <PageHeading title="StatisticsPage" />;
}
