/**
 * Faults a test queues to see how the product copes with WeChat misbehaving: the next N calls
 * of a path (or every call for a while: `forMs`; or only the calls for one recipient: `touser`)
 * answer an error code, answer late (the work is done, the answer comes after `delayMs`: what a
 * client that gave up before then never learns), or never answer (a timeout).
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
  /** How many calls this fault applies to; 1 when omitted (ignored with forMs). */
  times?: number;
  /** Every call for this long from when the fault is queued (an outage), however many. */
  forMs?: number;
  /** Only calls whose body names this openid (subscribe send): one recipient WeChat refuses, e.g. 43101. */
  touser?: string;
}

export type Fault = Omit<FaultSpec, 'path' | 'times' | 'forMs' | 'touser'>;

interface Queued {
  fault: Fault;
  /** Calls left; Infinity while `until` holds. */
  remaining: number;
  until: number | null;
  touser: string | null;
}

export class FaultQueue {
  private readonly queued = new Map<string, Queued[]>();

  constructor(private readonly now: () => number = Date.now) {}

  add(spec: FaultSpec): void {
    const { path, times, forMs, touser, ...fault } = spec;
    const list = this.queued.get(path) ?? [];
    const until = forMs === undefined ? null : this.now() + forMs;
    list.push({ fault, remaining: until === null ? Math.max(1, Math.floor(times ?? 1)) : Number.POSITIVE_INFINITY, until, touser: touser ?? null });
    this.queued.set(path, list);
  }

  /** The fault for this call of `path` (for `touser`, when the body names one), consuming one use; undefined means answer normally. */
  take(path: string, touser?: string): Fault | undefined {
    const list = this.queued.get(path);
    if (!list) return undefined;
    const now = this.now();
    // An outage that is over is dropped.
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.until !== null && list[i]!.until! <= now) list.splice(i, 1);
    const index = list.findIndex((q) => q.touser === null || q.touser === touser);
    const head = list[index];
    if (!head) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) list.splice(index, 1);
    return head.fault;
  }

  /** Ends every fault of one recipient (an outage over when the test says, not after a wall-clock wait). */
  endFor(touser: string): void {
    for (const [path, list] of this.queued) this.queued.set(path, list.filter((q) => q.touser !== touser));
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
    if (spec.forMs !== undefined && (typeof spec.forMs !== 'number' || spec.forMs <= 0)) return 'forMs must be a positive number';
    if (spec.touser !== undefined && typeof spec.touser !== 'string') return 'touser must be an openid';
    if (spec.errcode === undefined && spec.delayMs === undefined && !spec.timeout) return 'a fault needs errcode, delayMs or timeout';
    specs.push(spec as unknown as FaultSpec);
  }
  return specs;
}
