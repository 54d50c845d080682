/** The public paths of standards, inside the site's language (AppLink adds its prefix). */
export const standardsPath = (slug: string) => `/program/${encodeURIComponent(slug)}/standarder`;
export const standardPath = (slug: string, id: string, lang = 'nb') => `${standardsPath(slug)}/${id}${lang === 'nb' ? '' : `/${lang}`}`;
export const standardPrintPath = (slug: string, id: string, lang = 'nb') => `${standardsPath(slug)}/${id}/utskrift/${lang}`;
