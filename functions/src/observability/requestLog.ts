import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logger, publishMetrics } from './powertools';

/**
 * One JSON log line per HTTP request, written by the HTTP wrapper (http/httpHandler.ts):
 * correlation id (API Gateway's request id), route, method, status, duration, and the hospital
 * and ticket it concerned. Never the body, the headers or the query: they carry names, phones,
 * descriptions, openids and tokens. Keys go with each line rather than onto the shared logger,
 * because the local stack serves concurrent requests from one process.
 */

/** What the wrapper learns while handling a request (after sign-in: the caller's hospital). */
interface RequestFacts {
  hospitalId?: string;
  failure?: unknown;
}
const factsOf = new WeakMap<object, RequestFacts>();

export function noteRequest(event: object, facts: RequestFacts): void {
  factsOf.set(event, { ...factsOf.get(event), ...facts });
}

type HttpLambda<E> = (event: E, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Only ids of the product's own records: they name nothing about a person. */
function ticketIdOf(routePath: string, event: APIGatewayProxyEventV2): string | undefined {
  return routePath.startsWith('/v1/tickets/{id}') ? event.pathParameters?.id : undefined;
}

/** An unexpected error as the log shows it: its kind and message, cut short (a message may quote input). */
function describeFailure(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message.slice(0, 300) };
  return { name: typeof error, message: String(error).slice(0, 300) };
}

export function logRequests<E extends APIGatewayProxyEventV2>(route: { name: string; path: string }, inner: HttpLambda<E>): HttpLambda<E> {
  return async (event, context) => {
    const startedAt = performance.now();
    let status = 500;
    try {
      const result = await inner(event, context);
      status = result.statusCode ?? 200;
      return result;
    } finally {
      const facts = factsOf.get(event) ?? {};
      const line = {
        correlation_id: event.requestContext?.requestId,
        route: route.name,
        method: event.requestContext?.http?.method,
        status,
        durationMs: Math.round(performance.now() - startedAt),
        ...(facts.hospitalId ? { hospitalId: facts.hospitalId } : {}),
        ...(ticketIdOf(route.path, event) ? { ticketId: ticketIdOf(route.path, event) } : {}),
        ...(context?.awsRequestId ? { function_request_id: context.awsRequestId } : {}),
      };
      if (status >= 500) logger.error('request failed', { ...line, error: describeFailure(facts.failure) });
      else if (facts.failure) logger.warn('request refused by a service', { ...line, error: describeFailure(facts.failure) });
      else logger.info('request', line);
      publishMetrics();
    }
  };
}
