import type { Locale } from '../../app/locale';

/** A file size as people read it: 12 kB, 3.4 MB. */
export function formatSize(bytes: number, locale: Locale): string {
  const lang = locale === 'en' ? 'en-GB' : 'nb-NO';
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

/** The short name of a file type, from its content type. */
export function formatName(contentType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    'application/vnd.oasis.opendocument.text': 'ODT',
    'image/png': 'PNG',
    'image/jpeg': 'JPEG',
    'image/webp': 'WebP',
  };
  return known[contentType] ?? contentType;
}

export const documentsPath = (slug: string) => `/program/${slug}/dokumenter`;
export const documentPath = (slug: string, id: string) => `/program/${slug}/dokumenter/${id}`;
