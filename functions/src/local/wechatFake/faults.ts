/**
 * Faults a test queues to see how the product copes with WeChat misbehaving: the next N calls
 * of a path answer an error code, answer late, or never answer (a timeout).
 */
export interface FaultSpec {
  /** The API path, e.g. /cgi-bin/message/subscribe/send (no query). */
  path: string;
  /** Answer this errcode instead of doing the work (still HTTP 200, as WeChat does). */
  errcode?: number;
  errmsg?: string;
  /** Wait this long before answering (with the error above, or normally). */
  delayMs?: number;
  /** Never answer; the connection is dropped at reset or when the fake stops. */
  timeout?: boolean;
  /** How many calls this fault applies to; 1 when omitted. */
  times?: number;
}

export type Fault = Omit<FaultSpec, 'path' | 'times'>;

export class FaultQueue {
  private readonly queued = new Map<string, { fault: Fault; remaining: number }[]>();

  add(spec: FaultSpec): void {
    const { path, times, ...fault } = spec;
    const list = this.queued.get(path) ?? [];
    list.push({ fault, remaining: Math.max(1, Math.floor(times ?? 1)) });
    this.queued.set(path, list);
  }

  /** The fault for this call of `path`, consuming one use; undefined means answer normally. */
  take(path: string): Fault | undefined {
    const list = this.queued.get(path);
    const head = list?.[0];
    if (!list || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) list.shift();
    return head.fault;
  }

  clear(): void {
    this.queued.clear();
  }
}

/** Checks a /__faults body; returns the specs or a message saying what is wrong. */
export function parseFaultSpecs(body: unknown): FaultSpec[] | string {
  const items = Array.isArray(body) ? body : [body];
  const specs: FaultSpec[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) return 'each fault must be an object';
    const spec = item as Record<string, unknown>;
    if (typeof spec.path !== 'string' || !spec.path.startsWith('/')) return 'path must be an API path such as /sns/jscode2session';
    if (spec.errcode !== undefined && typeof spec.errcode !== 'number') return 'errcode must be a number';
    if (spec.errmsg !== undefined && typeof spec.errmsg !== 'string') return 'errmsg must be a string';
    if (spec.delayMs !== undefined && (typeof spec.delayMs !== 'number' || spec.delayMs < 0)) return 'delayMs must be a non-negative number';
    if (spec.timeout !== undefined && typeof spec.timeout !== 'boolean') return 'timeout must be a boolean';
    if (spec.times !== undefined && (typeof spec.times !== 'number' || spec.times < 1)) return 'times must be at least 1';
    if (spec.errcode === undefined && spec.delayMs === undefined && !spec.timeout) return 'a fault needs errcode, delayMs or timeout';
    specs.push(spec as unknown as FaultSpec);
  }
  return specs;
}
