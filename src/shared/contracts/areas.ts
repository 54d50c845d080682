import { z } from './zod';
import { Id, IdParams, OkResponse, pageOf, PageQuery } from './common';
import { registerEndpoints } from './endpoint';

export const AREA_KINDS = ['country', 'county', 'municipality', 'city_district', 'school'] as const;
export const AreaKind = z.enum(AREA_KINDS);
export type AreaKind = z.infer<typeof AreaKind>;

/** Official code formats per kind: SSB county (2), municipality (4) and city district (6) codes. */
export const AREA_CODE_PATTERNS: Record<AreaKind, RegExp> = {
  country: /^[A-Z]{2}$/,
  county: /^\d{2}$/,
  municipality: /^\d{4}$/,
  city_district: /^\d{6}$/,
  school: /^\d{6,9}$/,
};

export const Area = z.object({
  id: Id,
  code: z.string(),
  kind: AreaKind,
  name: z.string(),
  nameNn: z.string().nullable().describe('The nynorsk name where it differs, e.g. "Noreg"'),
  nameEn: z.string().nullable().describe('The English name where it differs, e.g. "Norway"'),
  parentId: Id.nullable(),
  parentName: z.string().nullable(),
});
export type Area = z.infer<typeof Area>;

const AreaFields = z.object({
  code: z.string().trim().min(2).max(12),
  kind: AreaKind,
  name: z.string().trim().min(1).max(200),
  nameNn: z.string().trim().max(200).nullish(),
  nameEn: z.string().trim().max(200).nullish(),
  parentId: Id.nullish(),
});

function checkCode(v: { code?: string; kind?: AreaKind }, ctx: z.core.$RefinementCtx) {
  if (v.code === undefined || v.kind === undefined) return;
  if (!AREA_CODE_PATTERNS[v.kind].test(v.code)) {
    ctx.addIssue({ code: 'custom', path: ['code'], message: `areaCode.${v.kind}` });
  }
}

export const AreaCreate = AreaFields.superRefine(checkCode);
export type AreaCreate = z.infer<typeof AreaCreate>;
export const AreaUpdate = AreaFields.partial().superRefine(checkCode);
export type AreaUpdate = z.infer<typeof AreaUpdate>;

export const AreaQuery = PageQuery.extend({ kind: AreaKind.optional(), parentId: Id.optional() });
export type AreaQuery = z.infer<typeof AreaQuery>;
export const AreaPage = pageOf(Area);

/** The register of areas: countries, counties, municipalities, city districts, schools. */
export const areasApi = registerEndpoints('/api/areas', 'id', {
  params: IdParams,
  query: AreaQuery,
  page: AreaPage,
  item: Area,
  create: AreaCreate,
  update: AreaUpdate,
  removed: OkResponse,
});
