/**
 * The governance benchmark's data, loaded with set-based SQL on a migrated, empty database (not a
 * benchmark itself): 4 programmes of 25 bodies each, 10 seats per body, 5,000 meetings (1,000 of
 * them the first body's, weekly since 2007; the others quarterly since 2016) and 100,000 cases,
 * 20 on each meeting's agenda. A tenth of the cases were postponed at the body's meeting before,
 * a tenth came forwarded from the next body of the programme (but the first body's): so a meeting's cases have been
 * handled at other meetings too. Items are numbered in each body's series per year. Meetings in
 * the past are mostly held with published minutes (a few held, approved or cancelled); their
 * items are decided; about one case in 31 is exempt, one decided item in 50 has a conflict of
 * interest and one adopted item in 10 a follow-up action. Ids are derived from the row numbers
 * (an md5 shaped as a version-4 UUID), so the same run loads the same rows.
 */
import pg from 'pg';
import { BODY_KINDS } from '../src/shared/domain/governance';

export const PROGRAMMES = 4;
export const BODIES = 100;
export const MEETINGS = 5000;
export const ITEMS_PER_MEETING = 20;
export const CASES = MEETINGS * ITEMS_PER_MEETING;
/** The first body's meetings: one a week for about nineteen years. */
export const BIG_BODY_MEETINGS = 1000;

const SEATS = 10;
const PEOPLE = 1000;
const ORGANISATIONS = 40;
const PAPER =
  'Programmet har i perioden fulgt opp tiltakene for barn og unge i bydelene, i samarbeid med skolene, helsestasjonene og fritidsklubbene. ' +
  'Sekretariatet har samlet innspill fra partene og vurdert dem opp mot målene i handlingsplanen, og legger her fram sin vurdering.';

export const bodyId = (n: number) => `pg_temp.bench_uuid('b${n}')`;

export interface GovernanceData {
  programmeSlug: string;
  /** The body with 1,000 meetings (and so about 20,000 decisions). */
  bigBodyId: string;
  /** A meeting of a quarterly body with published minutes and about twenty items. */
  meetingId: string;
  meetingItems: number;
  counts: Record<string, number>;
}

const STATEMENTS: string[] = [
  // A version-4-shaped UUID from a text (the API accepts no other).
  `create function pg_temp.bench_uuid(t text) returns uuid language sql immutable as
   $$ select (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid from md5(t) h $$`,
  `insert into programmes (id, slug, kind, name, is_published)
   select pg_temp.bench_uuid('g' || n), 'styring-' || n, 'programme', jsonb_build_object('nb', 'Styringsprogram ' || n), true from generate_series(1, ${PROGRAMMES}) n`,
  `insert into organisations (id, name, kind) select pg_temp.bench_uuid('o' || n), 'Organisasjon ' || n, 'municipality' from generate_series(1, ${ORGANISATIONS}) n`,
  `insert into people (id, name, email, organisation_id)
   select pg_temp.bench_uuid('p' || n), 'Person ' || n, 'person' || n || '@example.org', pg_temp.bench_uuid('o' || (1 + n % ${ORGANISATIONS})) from generate_series(1, ${PEOPLE}) n`,
  `insert into bodies (id, programme_id, kind, name, description, secretariat_organisation_id, active_from, is_public)
   select pg_temp.bench_uuid('b' || n), pg_temp.bench_uuid('g' || (1 + (n - 1) / 25)), (array[${BODY_KINDS.map((k) => `'${k}'`).join(', ')}])[1 + n % ${BODY_KINDS.length}],
          jsonb_build_object('nb', 'Organ ' || n), jsonb_build_object('nb', 'Organet følger opp programmet.'), pg_temp.bench_uuid('o' || (1 + n % ${ORGANISATIONS})), date '2005-01-01', true
   from generate_series(1, ${BODIES}) n`,
  `insert into body_memberships (id, body_id, person_id, organisation_id, role, has_vote, valid_from)
   select pg_temp.bench_uuid('s' || b || '-' || j), pg_temp.bench_uuid('b' || b), pg_temp.bench_uuid('p' || (1 + ((b - 1) * ${SEATS} + j - 1) % ${PEOPLE})), pg_temp.bench_uuid('o' || (1 + (b + j) % ${ORGANISATIONS})),
          case j when 1 then 'chair' when 2 then 'deputy_chair' when ${SEATS} then 'secretary' else 'member' end, j < ${SEATS}, date '2005-01-01'
   from generate_series(1, ${BODIES}) b, generate_series(1, ${SEATS}) j`,
  // The meetings' plan: which body, when, how far they have come.
  `create temp table bench_meetings as
   select n, pg_temp.bench_uuid('m' || n) as id, body_n, pg_temp.bench_uuid('b' || body_n) as body_id, starts_at,
          case when starts_at > now() then (case when n % 3 = 0 then 'notice_published' else 'planned' end)
               when (n * 37) % 100 < 2 then 'cancelled' when (n * 37) % 100 < 5 then 'held' when (n * 37) % 100 < 8 then 'minutes_approved'
               else 'minutes_published' end as status
   from (
     select n,
            case when n <= ${BIG_BODY_MEETINGS} then 1 else 2 + (n - ${BIG_BODY_MEETINGS} - 1) % ${BODIES - 1} end as body_n,
            case when n <= ${BIG_BODY_MEETINGS} then timestamptz '2007-02-05 16:00 Europe/Oslo' + (n - 1) * interval '7 days'
                 else timestamptz '2016-01-12 09:00 Europe/Oslo' + ((n - ${BIG_BODY_MEETINGS} - 1) / ${BODIES - 1}) * interval '91 days' + ((n % 7) * interval '1 day') end as starts_at
     from generate_series(1, ${MEETINGS}) n
   ) m`,
  `create index on bench_meetings (body_id, starts_at)`,
  `analyze bench_meetings`,
  `insert into meetings (id, body_id, title, starts_at, ends_at, place, status, notice_published_at, held_at, minutes_approved_at, minutes_approved_by, minutes_published_at, sequence)
   select id, body_id, null, starts_at, starts_at + interval '2 hours', 'Rådhuset, møterom ' || (n % 5 + 1), status,
          case when status <> 'planned' then starts_at - interval '10 days' end,
          case when status in ('held', 'minutes_approved', 'minutes_published') then starts_at end,
          case when status in ('minutes_approved', 'minutes_published') then starts_at + interval '7 days' end,
          case when status in ('minutes_approved', 'minutes_published') then 'chair' end,
          case when status = 'minutes_published' then starts_at + interval '14 days' end,
          case when status = 'cancelled' then 1 else 0 end
   from bench_meetings`,
  `insert into cases (id, programme_id, body_id, type, title, internal_title, paper, proposed_decision, is_exempt, exemption_basis)
   select pg_temp.bench_uuid('c' || k), pg_temp.bench_uuid('g' || (1 + (m.body_n - 1) / 25)), m.body_id, case when k % 7 = 0 then 'orientation' else 'decision' end,
          jsonb_build_object('nb', case when k % 31 = 0 then 'Unntatt offentlighet' else 'Sak om tiltak nummer ' || k || ' for barn og unge' end),
          case when k % 31 = 0 then jsonb_build_object('nb', 'Personalsak ' || k) end,
          jsonb_build_object('nb', 'Saksframlegg ' || k || '. ' || '${PAPER}'), jsonb_build_object('nb', 'Forslag til vedtak i sak ' || k || '.'),
          k % 31 = 0, case when k % 31 = 0 then 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' end
   from generate_series(1, ${CASES}) k join bench_meetings m on m.n = 1 + (k - 1) / ${ITEMS_PER_MEETING}`,
  // Each case's final item; a tenth postponed at the body's meeting before; a tenth forwarded
  // from the programme's next body's latest meeting before (the weekly first body neither sends
  // nor receives: its forwards would fill every meeting of a quarterly body).
  `create temp table bench_items as
   select k, m.id as meeting_id, m.body_id, m.starts_at, m.status, 1 + (k - 1) % ${ITEMS_PER_MEETING} as position, 'final' as step, null::uuid as forwarded_to
   from generate_series(1, ${CASES}) k join bench_meetings m on m.n = 1 + (k - 1) / ${ITEMS_PER_MEETING}`,
  `insert into bench_items
   select i.k, p.id, p.body_id, p.starts_at, p.status, 100 + i.position, 'postponed', null
   from bench_items i cross join lateral (select * from bench_meetings b where b.body_id = i.body_id and b.starts_at < i.starts_at order by b.starts_at desc limit 1) p
   where i.k % 10 = 3`,
  `insert into bench_items
   select i.k, o.id, o.body_id, o.starts_at, o.status, 200 + i.position, 'forwarded', i.body_id
   from bench_items i
   join bench_meetings m on m.id = i.meeting_id
   cross join lateral (
     select * from bench_meetings b where b.body_n = case when m.body_n % 25 = 0 then m.body_n - 23 else m.body_n + 1 end and b.starts_at < i.starts_at
     order by b.starts_at desc limit 1) o
   where i.k % 10 = 7 and i.step = 'final' and m.body_n <> 1`,
  `insert into agenda_items (meeting_id, case_id, body_id, position, number_year, number_seq, outcome, decision_text, forwarded_to_body_id, decided_at)
   select meeting_id, pg_temp.bench_uuid('c' || k), body_id, row_number() over (partition by meeting_id order by position), year,
          row_number() over (partition by body_id, year order by starts_at, position), outcome,
          case when outcome in ('adopted', 'adopted_as_amended') then jsonb_build_object('nb', 'Vedtak i sak ' || k || ': forslaget vedtas.') end,
          case when outcome = 'forwarded' then forwarded_to end,
          case when outcome is not null then starts_at end
   from (
     select i.*, extract(year from i.starts_at at time zone 'Europe/Oslo')::int as year,
            case when i.status not in ('held', 'minutes_approved', 'minutes_published') then null
                 when i.step <> 'final' then i.step
                 when k % 100 < 70 then 'adopted' when k % 100 < 80 then 'adopted_as_amended' when k % 100 < 92 then 'noted'
                 when k % 100 < 95 then 'rejected' else 'withdrawn' end as outcome
     from bench_items i
   ) x`,
  `insert into meeting_attendance (meeting_id, membership_id, status)
   select m.id, pg_temp.bench_uuid('s' || m.body_n || '-' || j), case when j = 9 and m.n % 2 = 0 then 'absent_notified' else 'present' end
   from bench_meetings m, generate_series(1, ${SEATS}) j where m.status in ('held', 'minutes_approved', 'minutes_published')`,
  `insert into item_conflicts (item_id, membership_id, reason, declared_at, ruling, deputy_membership_id)
   select i.id, pg_temp.bench_uuid('s' || b.n || '-3'), 'Styremedlem i søkerorganisasjonen.', i.decided_at, 'disqualified', pg_temp.bench_uuid('s' || b.n || '-9')
   from agenda_items i join (select n, pg_temp.bench_uuid('b' || n) as id from generate_series(1, ${BODIES}) n) b on b.id = i.body_id
   where i.outcome is not null and abs(hashtext(i.id::text)) % 50 = 0`,
  `insert into follow_up_actions (item_id, description, responsible_person_id, due_date, status)
   select i.id, jsonb_build_object('nb', 'Følg opp vedtaket og rapporter tilbake til organet.'), m.person_id, (i.decided_at + interval '60 days')::date,
          case when i.decided_at + interval '60 days' < now() then 'done' else 'open' end
   from agenda_items i join body_memberships m on m.body_id = i.body_id and m.role = 'chair'
   where i.outcome in ('adopted', 'adopted_as_amended') and abs(hashtext(i.id::text)) % 10 = 1`,
  `drop table bench_items`,
  `vacuum analyze`,
];

export async function loadGovernanceData(url: string): Promise<GovernanceData> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of STATEMENTS) await client.query(statement);
    // A quarterly body that receives forwarded cases, at a meeting with published minutes.
    const meeting = await client.query<{ id: string; items: number }>(
      `select m.id, count(i.*)::int as items from bench_meetings m join agenda_items i on i.meeting_id = m.id
       where m.body_n = 2 and m.status = 'minutes_published' group by m.id, m.starts_at order by m.starts_at desc offset 2 limit 1`,
    );
    const counts: Record<string, number> = {};
    for (const table of ['bodies', 'meetings', 'cases', 'agenda_items', 'item_conflicts', 'follow_up_actions', 'meeting_attendance']) {
      counts[table] = Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
    }
    counts.decided = Number((await client.query<{ n: string }>('select count(*) as n from agenda_items where outcome is not null')).rows[0]!.n);
    counts.exempt = Number((await client.query<{ n: string }>('select count(*) as n from cases where is_exempt')).rows[0]!.n);
    const big = await client.query<{ id: string }>(`select ${bodyId(1)} as id`);
    return { programmeSlug: 'styring-1', bigBodyId: big.rows[0]!.id, meetingId: meeting.rows[0]!.id, meetingItems: meeting.rows[0]!.items, counts };
  } finally {
    await client.end();
  }
}
