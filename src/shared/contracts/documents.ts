import { z } from './zod';
import { DateOnly, Id, IdParams, OkResponse, Timestamp } from './common';
import { endpoint, link } from './endpoint';
import { DOCUMENT_LINK_KINDS, DOCUMENT_TYPES, DOCUMENT_VISIBILITIES, EXTRACTION_STATUSES } from '../domain/documents';

export const DocumentType = z.enum(DOCUMENT_TYPES);
export const DocumentVisibility = z.enum(DOCUMENT_VISIBILITIES);
export const DocumentLinkKind = z.enum(DOCUMENT_LINK_KINDS);
export const ExtractionStatus = z.enum(EXTRACTION_STATUSES);
export const DocumentLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, { message: 'languageCode' })
  .describe('ISO 639 language code: nb, nn, en, …; nb/nn are searched with Norwegian stemming');

export const DocumentVersion = z.object({
  id: Id,
  version: z.number().int(),
  fileName: z.string(),
  contentType: z.string().describe('The type sniffed from the content'),
  size: z.number().int(),
  createdAt: Timestamp,
  extraction: z
    .object({ status: ExtractionStatus, error: z.string().nullable(), chars: z.number().int().nullable() })
    .nullable()
    .describe('Where reading its text for search stands; for the secretariat only (null for others)'),
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const DocumentLink = z.object({ kind: DocumentLinkKind, id: Id });

export const Document = z.object({
  id: Id,
  programmeId: Id,
  programmeSlug: z.string(),
  type: DocumentType,
  title: z.string(),
  description: z.string(),
  date: DateOnly,
  language: z.string(),
  link: DocumentLink.nullable(),
  visibility: DocumentVisibility,
  exemptionBasis: z.string().nullable().describe('The legal basis of an exempt document; only its programme sees it'),
  publishedAt: Timestamp.nullable(),
  isDemo: z.boolean(),
  versions: z.array(DocumentVersion).describe('Newest first'),
  revision: z.number().int(),
  canManage: z.boolean(),
});
export type Document = z.infer<typeof Document>;

export const DocumentHit = z.object({
  id: Id,
  programmeSlug: z.string(),
  type: DocumentType,
  title: z.string(),
  date: DateOnly,
  language: z.string(),
  visibility: DocumentVisibility,
  snippet: z.string().describe('Text around the hits; each hit between U+0002 and U+0003 (render as <mark>, escape the rest)'),
  rank: z.number(),
  latestVersion: z.object({ id: Id, version: z.number().int(), contentType: z.string(), size: z.number().int(), extractionStatus: ExtractionStatus.nullable() }).nullable(),
});
export type DocumentHit = z.infer<typeof DocumentHit>;

export const DocumentSearchResult = z.object({
  items: z.array(DocumentHit),
  total: z.number().int(),
  /** The years that have documents (for the filter), newest first. */
  years: z.array(z.number().int()),
  canManage: z.boolean(),
});
export type DocumentSearchResult = z.infer<typeof DocumentSearchResult>;

const Filters = {
  q: z.string().trim().max(200).optional().describe('Words to search for (web search syntax: "quoted phrase", -not, or)'),
  type: DocumentType.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  language: DocumentLanguage.optional(),
  linkKind: DocumentLinkKind.optional().describe('Documents belonging to a meeting, case, project or event (with linkId)'),
  linkId: Id.optional().describe('The id of the record named by linkKind'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
};

export const DocumentSearchQuery = z.object({ ...Filters, programme: z.string().trim().max(100).optional().describe("The programme's slug (its sub-programmes are not included)") });
export type DocumentSearchQuery = z.infer<typeof DocumentSearchQuery>;
export const ProgrammeDocumentQuery = z.object(Filters);
export type ProgrammeDocumentQuery = z.infer<typeof ProgrammeDocumentQuery>;

const Fields = z.object({
  type: DocumentType,
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  description: z.string().trim().max(4000).optional(),
  date: DateOnly,
  language: DocumentLanguage,
  link: DocumentLink.nullable().optional().describe('A meeting, case, project or event of the programme the document belongs to'),
});

export const DocumentCreate = Fields;
export type DocumentCreate = z.infer<typeof DocumentCreate>;

export const DocumentUpdate = Fields.partial().extend({
  visibility: DocumentVisibility.optional().describe('public: anyone finds it; exempt: withheld, with `exemptionBasis`'),
  exemptionBasis: z.string().trim().min(1, { message: 'required' }).max(300).nullable().optional().describe('Required when exempt, e.g. "Offl. § 13, jf. fvl. § 13"'),
  revision: z.number().int().describe('The revision read; a change made meanwhile is refused (STATE_CHANGED)'),
});
export type DocumentUpdate = z.infer<typeof DocumentUpdate>;

export const DocumentVersionParams = z.object({ id: Id });

export const documentsApi = {
  search: endpoint({ method: 'GET', path: '/api/documents/search', query: DocumentSearchQuery, response: DocumentSearchResult }),
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/documents', params: IdParams, query: ProgrammeDocumentQuery, response: DocumentSearchResult }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/documents', params: IdParams, body: DocumentCreate, response: Document, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/documents/:id', params: IdParams, response: Document }),
  update: endpoint({ method: 'PATCH', path: '/api/documents/:id', params: IdParams, body: DocumentUpdate, response: Document }),
  remove: endpoint({ method: 'DELETE', path: '/api/documents/:id', params: IdParams, response: OkResponse }),
  addVersion: endpoint({ method: 'POST', path: '/api/documents/:id/versions', params: IdParams, response: Document, status: 201 }),
  file: link({ path: '/api/document-versions/:id/file', params: DocumentVersionParams }),
};
