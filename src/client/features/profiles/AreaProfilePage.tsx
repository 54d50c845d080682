import { PageHeading } from '../../components/PageHeading';

/** Placeholder while the page is being built. */
export default function AreaProfilePage() {
  return <PageHeading title="AreaProfilePage" />;
}
