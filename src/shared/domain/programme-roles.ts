/**
 * The kinds of programme and the parts organisations and people play in one, in the order the
 * pages list them. Plain lists, without Zod: the public pages group by them, and the contracts
 * build their schemas from them.
 */
export const PROGRAMME_KINDS = ['area_initiative', 'sub_programme', 'coordination_forum', 'development_programme', 'programme'] as const;

/** The part an organisation plays in a programme (its seat on a board, or another role). */
export const PARTICIPATION_ROLES = [
  'owner',
  'strategic_board_member',
  'strategic_board_observer',
  'operative_board_member',
  'steering_group_member',
  'expert_group_member',
  'reference_group_member',
  'secretariat',
  'participant',
  'partner',
] as const;

export const CONTACT_ROLES = ['programme_leader', 'programme_adviser', 'programme_consultant', 'communications_adviser', 'secretary', 'contact'] as const;
