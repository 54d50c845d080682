import { z } from 'zod';
import { Id } from './common';
import { RoleGrant } from './users';

export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().min(3).max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** Who is signed in, with a CSRF token for state-changing requests. */
export const Me = z.object({
  user: z
    .object({
      id: Id,
      name: z.string(),
      email: z.string(),
      organisationId: Id.nullable(),
      isPlatformAdmin: z.boolean(),
      roles: z.array(RoleGrant),
    })
    .nullable(),
  csrfToken: z.string(),
  oidcEnabled: z.boolean(),
});
export type Me = z.infer<typeof Me>;
