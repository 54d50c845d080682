import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { DocumentLinkKind, DocumentType, DocumentVisibility, ExtractionStatus } from '../../../shared/domain/documents';
import { TEXT_CONFIG_OF } from './documents.table';

/**
 * Full-text search of the archive, in one query: the stored `search` vector (GIN index) matched
 * by the words read with both configurations (Norwegian stemming and `simple`), so that bokmål
 * and nynorsk documents are found by any form of a word and others by the word as written;
 * ranked (title above description above text), with a snippet around the hits from
 * `ts_headline` for the page of results only. Hits are marked with U+0002/U+0003, never HTML.
 */
export interface DocumentSearchFilter {
  /** The programmes searched; left out: every published programme. */
  programmeIds?: readonly string[];
  visibilities: readonly DocumentVisibility[];
  q?: string;
  type?: DocumentType;
  year?: number;
  language?: string;
  /** Documents that belong to this record (a meeting, case, project or event). */
  linkKind?: DocumentLinkKind;
  linkId?: string;
  limit: number;
  offset: number;
}

export interface DocumentSearchRow {
  id: string;
  programmeSlug: string;
  type: DocumentType;
  title: string;
  date: string;
  language: string;
  visibility: DocumentVisibility;
  snippet: string;
  rank: number;
  total: number;
  versionId: string | null;
  version: number | null;
  contentType: string | null;
  size: number | null;
  extractionStatus: ExtractionStatus | null;
}

/** Characters of a document's text the snippet is looked for in (ts_headline reads all it is given). */
const SNIPPET_TEXT_CHARS = 30_000;
const HEADLINE_OPTIONS = sql`format('StartSel=%s, StopSel=%s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "', chr(2), chr(3))`;

const query = (q: string) => sql`(websearch_to_tsquery('norwegian', ${q}) || websearch_to_tsquery('simple', ${q}))`;

function conditions(f: Omit<DocumentSearchFilter, 'limit' | 'offset'>, withYear = true): SQL {
  const parts: SQL[] = [sql`d.visibility in ${[...f.visibilities]}`];
  if (f.programmeIds) parts.push(f.programmeIds.length > 0 ? sql`d.programme_id in ${[...f.programmeIds]}` : sql`false`);
  else parts.push(sql`p.is_published`);
  if (f.q) parts.push(sql`d.search @@ ${query(f.q)}`);
  if (f.type) parts.push(sql`d.type = ${f.type}`);
  if (withYear && f.year) parts.push(sql`d.document_date >= make_date(${f.year}::int, 1, 1) and d.document_date < make_date(${f.year}::int + 1, 1, 1)`);
  if (f.language) parts.push(sql`d.language = ${f.language}`);
  if (f.linkKind && f.linkId) parts.push(sql`d.link_kind = ${f.linkKind} and d.link_id = ${f.linkId}`);
  return sql.join(parts, sql` and `);
}

/** The search as one SQL statement (the benchmark runs it bare, too). */
export function documentSearchSql(f: DocumentSearchFilter): SQL {
  const q = f.q ?? '';
  const rank = f.q ? sql`ts_rank_cd(d.search, ${query(q)}, 1)` : sql`0::real`;
  const order = f.q ? sql`rank desc, d.document_date desc, d.id` : sql`d.document_date desc, d.created_at desc, d.id`;
  const clean = (text: SQL) => sql`translate(${text}, chr(2) || chr(3), '  ')`;
  const snippet = f.q
    ? sql`ts_headline(${TEXT_CONFIG_OF(sql`page.language`)}, ${clean(sql`page.description || E'\n' || left(page.content_text, ${SNIPPET_TEXT_CHARS}::int)`)}, ${query(q)}, ${HEADLINE_OPTIONS})`
    : sql`${clean(sql`left(page.description, 240)`)}`;
  return sql`
    with page as (
      select d.id, p.slug as programme_slug, d.type, d.title, d.document_date, d.language, d.visibility, d.description, d.content_text,
             ${rank} as rank, count(*) over () as total
      from documents d join programmes p on p.id = d.programme_id
      where ${conditions(f)}
      order by ${order}
      limit ${f.limit} offset ${f.offset}
    )
    select page.id, page.programme_slug as "programmeSlug", page.type, page.title, page.document_date::text as date, page.language, page.visibility,
           ${snippet} as snippet, page.rank::float8 as rank, page.total::int as total,
           v.id as "versionId", v.version, v.content_type as "contentType", v.size, v.extraction_status as "extractionStatus"
    from page
    left join lateral (select id, version, content_type, size, extraction_status from document_versions where document_id = page.id order by version desc limit 1) v on true
    order by page.rank desc, page.document_date desc, page.id`;
}

export async function searchDocuments(db: DbOrTx, f: DocumentSearchFilter): Promise<DocumentSearchRow[]> {
  const result = await db.execute(documentSearchSql(f));
  return result.rows as unknown as DocumentSearchRow[];
}

/** The years that have documents matching the filter but its year, newest first. */
export async function documentYears(db: DbOrTx, f: Omit<DocumentSearchFilter, 'limit' | 'offset'>): Promise<number[]> {
  const result = await db.execute(sql`
    select distinct extract(year from d.document_date)::int as year
    from documents d join programmes p on p.id = d.programme_id
    where ${conditions(f, false)}
    order by 1 desc`);
  return (result.rows as { year: number }[]).map((r) => r.year);
}
