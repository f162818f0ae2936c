import * as z from 'zod/mini';

/** Ids are opaque to clients; they are short strings of safe characters. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
export const IsoDateTime = z.iso.datetime({ offset: true });

export const ErrorCode = z.enum([
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'illegal_transition',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorDetail = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** The one error shape every endpoint returns, in English and Chinese. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      messageZh: z.string(),
      details: z.array(ErrorDetail),
      /** With a 409 for a duplicate report: the open ticket of the same fault, to follow instead. */
      duplicateOf: z.optional(z.object({ id: z.string(), number: z.string(), status: z.string() })),
    }),
  })
  .register(z.globalRegistry, { id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const PageQuery = {
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1024))),
};

export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}

/** The answer of a route that succeeds with 204 and no body. */
export const NoContent = z.undefined();
