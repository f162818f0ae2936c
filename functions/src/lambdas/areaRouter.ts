import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { AdapterFactories } from '../adapters/factories/types';
import type { Area } from '../contract/areas';
import type { RouteDef } from '../contract/route';
import { allRoutes } from '../contract/routes';
import { installAdapters } from '../deps';
import { errorResponse } from '../http/errorResponse';

/** An HTTP handler of functions/src/handlers/ (the middy stack of http/httpHandler.ts). */
export type RouteHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

type AnyRoute = (typeof allRoutes)[number];
/** The names of the routes of one area, from the route table. */
export type RouteNamesOf<A extends Area> = Extract<AnyRoute, { area: A }>['name'];

/** API Gateway's route key of a route: `POST /v1/tickets/{id}/assign`. */
export const routeKeyOf = (route: Pick<RouteDef, 'method' | 'path'>): string => `${route.method.toUpperCase()} ${route.path}`;

/**
 * One Lambda function for the routes of an area. API Gateway sends each route to its area's
 * function with the matched route key, and this dispatches on that key to the route's handler
 * module, unchanged from when each had a function of its own. The handler map is checked by the
 * compiler against the route table: a route of the area without its handler, or a handler of
 * another area's route, does not compile.
 */
export function areaRouter<A extends Area>(area: A, handlers: { [N in RouteNamesOf<A>]: RouteHandler }, adapters: AdapterFactories = {}): RouteHandler {
  installAdapters(adapters);
  const byKey = new Map<string, RouteHandler>();
  for (const route of allRoutes as readonly RouteDef[]) {
    if (route.area !== area) continue;
    byKey.set(routeKeyOf(route), (handlers as Record<string, RouteHandler>)[route.name]!);
  }
  return async (event, context) => {
    const handler = byKey.get(event.routeKey);
    if (handler) return handler(event, context);
    // Only a misconfigured gateway sends a route of another area here: answer as for an unknown route.
    return errorResponse(404, 'not_found', `No route ${event.routeKey} in the ${area} function`, `接口不存在：${event.routeKey}`);
  };
}
