import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { ErrorBody } from './common';
import type { RouteDef } from './route';
import { allRoutes } from './routes';

const errorDescriptions: Record<number, string> = {
  400: 'Invalid input; details name each failing field',
  401: 'No valid session token',
  403: 'The caller may not do this',
  404: 'Not found (or not visible to the caller)',
  409: 'Conflict with the current state',
  429: 'Too many requests',
  500: 'Unexpected failure',
};

function errorResponse(status: number) {
  return { description: errorDescriptions[status] ?? 'Error', content: { 'application/json': { schema: ErrorBody } } };
}

function whoMayCall(route: RouteDef): string {
  if (route.roles) return `Roles: ${route.roles.join(', ')} (staff only)`;
  return route.guests === 'allowed' ? 'Any signed-in user, guests included (scoped by the policy)' : 'Any signed-in staff member (not guests)';
}

function operation(route: RouteDef): ZodOpenApiOperationObject {
  const statuses = [400, ...(route.auth === 'session' ? [401] : []), ...route.errors, 500];
  return {
    operationId: route.name,
    summary: route.summary,
    tags: [route.tag],
    ...(route.auth === 'session' ? { security: [{ session: [] }] } : { security: [] }),
    ...(route.auth === 'session' ? { description: whoMayCall(route) } : {}),
    requestParams: {
      ...(route.params ? { path: route.params } : {}),
      ...(route.query ? { query: route.query } : {}),
      ...(route.headers ? { header: route.headers } : {}),
    },
    ...(route.body ? { requestBody: { required: true, content: { [route.consumes ?? 'application/json']: { schema: route.body } } } } : {}),
    responses: {
      [String(route.successStatus)]:
        route.successStatus === 204
          ? { description: 'Done; no content' }
          : { description: 'Success', content: { [route.produces ?? 'application/json']: { schema: route.response } } },
      ...Object.fromEntries(statuses.map((s) => [String(s), errorResponse(s)])),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the route list and its zod schemas. */
export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of allRoutes as readonly RouteDef[]) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Hospital one-stop fault reporting API (一站式报修)',
      version: '1.0.0',
      description: 'Errors are always {"error": {code, message, messageZh, details}}.',
    },
    components: { securitySchemes: { session: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  });
}

export const openApiPath = 'functions/openapi.json';
export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
