import type { MeUser } from '../../app/permissions';
import { PageHeading } from '../../components/PageHeading';

/** Placeholder while the page is being built. */
export function GoalsAdminPage(_props: { user: MeUser }) {
  return <PageHeading title="GoalsAdminPage" />;
}
