import type * as z from 'zod/mini';
import type { Area } from './areas';
import type { Role } from './enums';

type Schema = z.ZodMiniType;
type ObjectSchema = z.ZodMiniObject;

/**
 * One endpoint of the API, as the single source of truth: the handler validates with these
 * schemas, the local server routes by method and path to the route's area, and the OpenAPI
 * document, the functions, HTTP routes and IAM roles of serverless.yml are derived from it.
 */
export interface RouteDef {
  /** Also the handler's file name in functions/src/handlers/. */
  name: string;
  /** The Lambda function that serves it (contract/areas.ts): its router imports the handler. */
  area: Area;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** API Gateway style path, e.g. /v1/tickets/{id}. */
  path: string;
  summary: string;
  tag: string;
  /** 'public' routes need no session token. */
  auth: 'public' | 'session';
  /** Roles allowed to call; omitted means any signed-in staff member. */
  roles?: readonly Role[];
  /**
   * 'allowed': guests (WeChat accounts not linked to a staff record) may call it too; the
   * policy (domain/policy/can.ts) still scopes what they reach. Omitted: staff only.
   */
  guests?: 'allowed';
  /**
   * 'allowed': a vendor's staff (UserRecord.vendorId set) may call it too, within `roles`; the
   * policy still scopes them to their vendor's own jobs and data. Omitted: hospital staff only —
   * a vendor's people never reach the hospital's other data (issue 16).
   */
  vendors?: 'allowed';
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
