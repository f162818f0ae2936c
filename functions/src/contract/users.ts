import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common';
import { Role } from './enums';

export const User = z
  .object({
    id: Id,
    hospitalId: Id,
    hospitalName: z.string(),
    name: z.string(),
    roles: z.array(Role),
    department: z.nullable(z.string()),
    skills: z.array(z.string()),
    phone: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'User' });
export type User = z.infer<typeof User>;

export const LoginBody = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(128)),
  hospitalId: z.optional(Id),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const DevLoginBody = z.object({
  userId: Id,
  hospitalId: z.optional(Id),
});
export type DevLoginBody = z.infer<typeof DevLoginBody>;

export const Session = z
  .object({ token: z.string(), expiresAt: IsoDateTime, user: User })
  .register(z.globalRegistry, { id: 'Session' });
export type Session = z.infer<typeof Session>;
