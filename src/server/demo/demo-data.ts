import path from 'node:path';
import { DEMO_GEO_DIR } from '../paths';
import type { OrganisationKind } from '../../shared/contracts/organisations';
import type { ProgrammeRole } from '../../shared/contracts/users';

/**
 * The demo installation, built from the five source documents. Organisations and places are
 * real; every person is fictional. Organisation numbers are given only where they are the
 * real, published ones.
 */

export interface DemoOrganisation {
  key: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  orgNumber?: string;
  parent?: string;
  areaCode?: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'oslo', name: 'Oslo kommune', kind: 'municipality', orgNumber: '958935420', areaCode: '0301' },
  { key: 'ude', name: 'Utdanningsetaten i Oslo kommune', shortName: 'UDE', kind: 'agency', parent: 'oslo', areaCode: '0301' },
  { key: 'alna', name: 'Bydel Alna', kind: 'city_district', parent: 'oslo', areaCode: '030112' },
  { key: 'grorud', name: 'Bydel Grorud', kind: 'city_district', parent: 'oslo', areaCode: '030110' },
  { key: 'stovner', name: 'Bydel Stovner', kind: 'city_district', parent: 'oslo', areaCode: '030111' },
  { key: 'gamle-oslo', name: 'Bydel Gamle Oslo', kind: 'city_district', parent: 'oslo', areaCode: '030101' },
  { key: 'grunerlokka', name: 'Bydel Grünerløkka', kind: 'city_district', parent: 'oslo', areaCode: '030102' },
  { key: 'sondre-nordstrand', name: 'Bydel Søndre Nordstrand', kind: 'city_district', parent: 'oslo', areaCode: '030115' },
  { key: 'sagene', name: 'Bydel Sagene', kind: 'city_district', parent: 'oslo', areaCode: '030103' },
  { key: 'sagene-bua', name: 'Barne- og ungdomsavdelingen, Bydel Sagene', kind: 'city_district', parent: 'sagene', areaCode: '030103' },
  { key: 'byradsavdeling', name: 'Byrådsavdeling for oppvekst og kunnskap', kind: 'agency', parent: 'oslo' },
  { key: 'udir', name: 'Utdanningsdirektoratet', shortName: 'Udir', kind: 'directorate', orgNumber: '970018131' },
  { key: 'imdi', name: 'Integrerings- og mangfoldsdirektoratet', shortName: 'IMDi', kind: 'directorate', orgNumber: '987879696' },
  { key: 'hdir', name: 'Helsedirektoratet', shortName: 'Hdir', kind: 'directorate' },
  { key: 'kdd', name: 'Kommunal- og distriktsdepartementet', shortName: 'KDD', kind: 'ministry' },
  { key: 'oslo-kfu', name: 'Kommunalt foreldreutvalg i Oslo', shortName: 'Oslo KFU', kind: 'parents_committee', areaCode: '0301' },
  // Seed 001 was presented at Sinsen skole; its local guideline builds on the Oslostandard.
  { key: 'sinsen-skole', name: 'Sinsen skole', kind: 'other', parent: 'ude', areaCode: '0301' },
  // Seed 002: Kultur for læring, Hedmark.
  { key: 'fm-hedmark', name: 'Fylkesmannen i Hedmark', kind: 'county_governor', areaCode: '04' },
  { key: 'hedmark-fk', name: 'Hedmark fylkeskommune', kind: 'county_authority', areaCode: '04' },
  { key: 'ks', name: 'KS – Kommunesektorens organisasjon', shortName: 'KS', kind: 'association' },
  { key: 'ks-ho', name: 'KS Hedmark og Oppland', kind: 'association', parent: 'ks' },
  { key: 'hihm', name: 'Høgskolen i Hedmark', kind: 'university_college' },
  { key: 'fug', name: 'Foreldreutvalget for grunnopplæringen', shortName: 'FUG', kind: 'parents_committee' },
  { key: 'udf-hedmark', name: 'Utdanningsforbundet Hedmark', kind: 'union' },
  { key: 'hamar', name: 'Hamar kommune', kind: 'municipality', areaCode: '0403' },
  { key: 'elverum', name: 'Elverum kommune', kind: 'municipality', areaCode: '0427' },
  { key: 'kongsvinger', name: 'Kongsvinger kommune', kind: 'municipality', areaCode: '0402' },
  { key: 'tynset', name: 'Tynset kommune', kind: 'municipality', areaCode: '0437' },
  // Seed 003: ABSOLUTT's cohort in Innlandet (Hamar, Elverum, Løten and the county).
  { key: 'loten', name: 'Løten kommune', kind: 'municipality', areaCode: '0415' },
];

export interface DemoArea {
  code: string;
  kind: 'country' | 'county' | 'municipality' | 'city_district';
  name: string;
  /** Nynorsk and English names where they differ from the register's. */
  nameNn?: string;
  nameEn?: string;
  parentCode?: string;
}

/** Oslo's 15 city districts with their outlines (Bydelsfakta, MIT). */
export const OSLO_GEOJSON = path.join(DEMO_GEO_DIR, 'oslo-bydelsfakta-oslo.geojson');

/** Besides Oslo's 15 city districts (read from the GeoJSON): the places the demo needs. */
export const DEMO_AREAS: DemoArea[] = [
  { code: 'NO', kind: 'country', name: 'Norge', nameNn: 'Noreg', nameEn: 'Norway' },
  { code: '03', kind: 'county', name: 'Oslo', parentCode: 'NO' },
  { code: '0301', kind: 'municipality', name: 'Oslo', parentCode: '03' },
  // Hedmark as it was in 2014–2017, when the forum's mandate was written and revised.
  { code: '04', kind: 'county', name: 'Hedmark', parentCode: 'NO' },
  { code: '0402', kind: 'municipality', name: 'Kongsvinger', parentCode: '04' },
  { code: '0403', kind: 'municipality', name: 'Hamar', parentCode: '04' },
  { code: '0427', kind: 'municipality', name: 'Elverum', parentCode: '04' },
  { code: '0437', kind: 'municipality', name: 'Tynset', parentCode: '04' },
  { code: '0415', kind: 'municipality', name: 'Løten', parentCode: '04' },
];

export interface DemoPerson {
  key: string;
  name: string;
  title: string;
  /** The title in nynorsk and English. */
  titles: { nn: string; en: string };
  email: string;
  phone?: string;
  organisation: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'leder', name: 'Kari Nordvik', title: 'Programleder', titles: { nn: 'Programleiar', en: 'Programme manager' }, email: 'kari.nordvik@samordna.test', phone: '+47 400 00 101', organisation: 'ude' },
  { key: 'radgiver1', name: 'Jonas Berge', title: 'Programrådgiver', titles: { nn: 'Programrådgjevar', en: 'Programme adviser' }, email: 'jonas.berge@samordna.test', phone: '+47 400 00 102', organisation: 'ude' },
  { key: 'radgiver2', name: 'Amina Haidari', title: 'Programrådgiver', titles: { nn: 'Programrådgjevar', en: 'Programme adviser' }, email: 'amina.haidari@samordna.test', phone: '+47 400 00 103', organisation: 'ude' },
  { key: 'konsulent', name: 'Per Solheim', title: 'Programkonsulent', titles: { nn: 'Programkonsulent', en: 'Programme officer' }, email: 'per.solheim@samordna.test', phone: '+47 400 00 104', organisation: 'ude' },
  { key: 'kommunikasjon', name: 'Linnea Dahl', title: 'Kommunikasjonsrådgiver', titles: { nn: 'Kommunikasjonsrådgjevar', en: 'Communications adviser' }, email: 'linnea.dahl@samordna.test', phone: '+47 400 00 105', organisation: 'ude' },
  { key: 'kfl-sekretar', name: 'Ola Sætre', title: 'Seniorrådgiver, oppvekst- og utdanningsavdelingen', titles: { nn: 'Seniorrådgjevar, oppvekst- og utdanningsavdelinga', en: 'Senior adviser, department of childhood and education' }, email: 'ola.saetre@samordna.test', phone: '+47 400 00 201', organisation: 'fm-hedmark' },
  { key: 'ks-radgiver', name: 'Sigrid Aas', title: 'Programansvarlig', titles: { nn: 'Programansvarleg', en: 'Programme lead' }, email: 'sigrid.aas@samordna.test', phone: '+47 400 00 301', organisation: 'ks' },
  { key: 'sagene-eu', name: 'Hanne Lie', title: 'Nestleder og EU-kontakt, barne- og ungdomsavdelingen', titles: { nn: 'Nestleiar og EU-kontakt, barne- og ungdomsavdelinga', en: 'Deputy head and EU contact, department of children and youth' }, email: 'hanne.lie@samordna.test', phone: '+47 400 00 401', organisation: 'sagene-bua' },
];

export interface DemoUser {
  email: string;
  name: string;
  organisation?: string;
  isPlatformAdmin?: boolean;
  roles: [string, ProgrammeRole][];
}

/** Sign-in accounts for trying the demo; the password is in the README. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@samordna.test', name: 'Ada Administrator', isPlatformAdmin: true, roles: [] },
  { email: 'sekretariat.oppvekst@samordna.test', name: 'Kari Nordvik', organisation: 'ude', roles: [['oppvekst-og-utdanning', 'secretariat']] },
  { email: 'styremedlem.oppvekst@samordna.test', name: 'Tor Hauge', organisation: 'alna', roles: [['oppvekst-og-utdanning', 'board_member']] },
  { email: 'sekretariat.kfl@samordna.test', name: 'Ola Sætre', organisation: 'fm-hedmark', roles: [['kultur-for-laering', 'secretariat']] },
  { email: 'analytiker.oppvekst@samordna.test', name: 'Marius Holm', organisation: 'ude', roles: [['oppvekst-og-utdanning', 'analyst']] },
  { email: 'bidragsyter.sagene@samordna.test', name: 'Hanne Lie', organisation: 'sagene', roles: [['oppvekst-og-utdanning', 'contributor']] },
  { email: 'vurderer.oppvekst@samordna.test', name: 'Sofie Bakke', organisation: 'gamle-oslo', roles: [['oppvekst-og-utdanning', 'contributor']] },
  { email: 'bidragsyter.grorud@samordna.test', name: 'Nina Berg', organisation: 'grorud', roles: [['oppvekst-og-utdanning', 'contributor']] },
  { email: 'bidragsyter2.sagene@samordna.test', name: 'Jonas Berg', organisation: 'sagene', roles: [['oppvekst-og-utdanning', 'contributor']] },
  { email: 'oversetter.oppvekst@samordna.test', name: 'Layla Hassan', roles: [['oppvekst-og-utdanning', 'translator']] },
  { email: 'sekretariat.absolutt@samordna.test', name: 'Sigrid Aas', organisation: 'ks', roles: [['absolutt', 'secretariat']] },
  { email: 'veileder.absolutt@samordna.test', name: 'Marte Lien', organisation: 'ks', roles: [['absolutt', 'facilitator']] },
  { email: 'deltaker.hamar@samordna.test', name: 'Eirik Sand', organisation: 'hamar', roles: [['absolutt', 'participant']] },
  { email: 'deltaker.elverum@samordna.test', name: 'Ingrid Moen', organisation: 'elverum', roles: [['absolutt', 'participant']] },
];

export const DEMO_PASSWORD = 'Samordna-demo-2026';
