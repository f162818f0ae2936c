import { allRoutes } from '../../contract/routes';
import type { RouteDef } from '../../contract/route';

export type RouteMatch =
  | { kind: 'match'; route: RouteDef; pathParameters: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

interface CompiledRoute {
  route: RouteDef;
  pattern: RegExp;
  names: string[];
  /** Literal segments win over parameters, as in API Gateway: /v1/tickets/mine beats /v1/tickets/{id}. */
  literalSegments: number;
  greedy: boolean;
}

/** Turns an API Gateway path (`/v1/tickets/{id}`, `/files/{key+}`) into a matcher. */
function compile(route: RouteDef): CompiledRoute {
  const names: string[] = [];
  let literalSegments = 0;
  let greedy = false;
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{([A-Za-z0-9_]+)(\+)?\}$/.exec(segment);
      if (!param) {
        literalSegments += 1;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      names.push(param[1]!);
      if (param[2]) greedy = true;
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names, literalSegments, greedy };
}

/** Routes by method and path the way API Gateway does, from the one list in contract/routes.ts. */
export class RouteTable {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly RouteDef[] = allRoutes) {
    this.compiled = routes.map(compile).sort((a, b) => Number(a.greedy) - Number(b.greedy) || b.literalSegments - a.literalSegments);
  }

  match(method: string, path: string): RouteMatch {
    const allowed: string[] = [];
    for (const candidate of this.compiled) {
      const found = candidate.pattern.exec(path);
      if (!found) continue;
      if (candidate.route.method.toUpperCase() !== method.toUpperCase()) {
        allowed.push(candidate.route.method.toUpperCase());
        continue;
      }
      const pathParameters: Record<string, string> = {};
      candidate.names.forEach((name, i) => (pathParameters[name] = safeDecode(found[i + 1]!)));
      return { kind: 'match', route: candidate.route, pathParameters };
    }
    return allowed.length > 0 ? { kind: 'method_not_allowed', allowed: [...new Set(allowed)] } : { kind: 'not_found' };
  }
}

/** API Gateway hands path parameters to the integration URL-decoded. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
