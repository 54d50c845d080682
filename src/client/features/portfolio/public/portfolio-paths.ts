/** The public pages of the portfolio (see SITE_PAGES). */
export const portfolioPath = (slug: string) => `/program/${slug}/prosjekter`;
export const projectPath = (slug: string, projectId: string) => `/program/${slug}/prosjekter/${projectId}`;
