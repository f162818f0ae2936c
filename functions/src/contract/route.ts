import type * as z from 'zod/mini';
import type { Role } from './enums';

type Schema = z.ZodMiniType;
type ObjectSchema = z.ZodMiniObject;

/**
 * One endpoint of the API, as the single source of truth: the handler validates with these
 * schemas, the local server routes by method and path, the OpenAPI document and
 * serverless.yml are checked against the same list.
 */
export interface RouteDef {
  /** Also the handler's file name in functions/src/handlers/ and its serverless function name. */
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** API Gateway style path, e.g. /v1/tickets/{id}. */
  path: string;
  summary: string;
  tag: string;
  /** 'public' routes need no session token. */
  auth: 'public' | 'session';
  /** Roles allowed to call; omitted means any signed-in user. */
  roles?: readonly Role[];
  params?: ObjectSchema;
  query?: ObjectSchema;
  headers?: ObjectSchema;
  body?: Schema;
  /** The body's media type when it is not JSON (a CSV import); the body schema then checks the text. */
  consumes?: 'text/csv';
  response: Schema;
  /** The answer's media type when it is not JSON (CSV export, PDF labels); `response` then describes the text. */
  produces?: 'text/csv' | 'application/pdf' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  successStatus: 200 | 201 | 204;
  /** Error statuses this route can answer besides 400/401/500. */
  errors: readonly (403 | 404 | 409 | 429)[];
}

export function defineRoute<const R extends RouteDef>(route: R): R {
  return route;
}
