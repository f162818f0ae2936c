/**
 * Typed domain errors. They know nothing of HTTP; http/errorMapping.ts maps them to statuses.
 * Each carries an English and a Chinese message, because both reach the user.
 */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
  messageZh: string;
}

abstract class DomainError extends Error {
  abstract readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'illegal_transition' | 'invalid' | 'unauthorized' | 'rate_limited';
  constructor(
    message: string,
    readonly messageZh: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  constructor(what: string, whatZh: string, options?: { cause?: unknown }) {
    super(`${what} not found`, `${whatZh}不存在`, options);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  constructor(message: string, messageZh: string, options?: { cause?: unknown }) {
    super(message, messageZh, options);
    this.name = 'ForbiddenError';
  }
}

export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized';
  constructor(message: string, messageZh: string, options?: { cause?: unknown }) {
    super(message, messageZh, options);
    this.name = 'UnauthorizedError';
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(message: string, messageZh: string, options?: { cause?: unknown }) {
    super(message, messageZh, options);
    this.name = 'ConflictError';
  }
}

/** A report of a fault that is already reported and open: the app offers to follow that ticket instead. */
export class DuplicateTicketError extends ConflictError {
  constructor(readonly existing: { id: string; number: string; status: string }) {
    super(
      `This fault is already reported as ${existing.number}; follow it, or confirm that yours is a different fault`,
      `该故障已有工单 ${existing.number} 在处理，可直接关注；如确为不同故障请确认后再提交`,
    );
    this.name = 'DuplicateTicketError';
  }
}

export class IllegalTransitionError extends DomainError {
  readonly kind = 'illegal_transition';
  constructor(
    readonly from: string,
    readonly command: string,
    readonly allowed: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(
      `Cannot ${command} a ticket that is ${from}; allowed now: ${allowed.join(', ') || 'none'}`,
      `工单当前状态为「${from}」，不能执行「${command}」；当前可执行：${allowed.join('、') || '无'}`,
      options,
    );
    this.name = 'IllegalTransitionError';
  }
}

export class InvalidError extends DomainError {
  readonly kind = 'invalid';
  constructor(
    message: string,
    messageZh: string,
    readonly problems: FieldProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, messageZh, options);
    this.name = 'InvalidError';
  }
}

export class RateLimitedError extends DomainError {
  readonly kind = 'rate_limited';
  /** When to try again (the Retry-After header), where known. */
  readonly retryAfterSeconds: number | null;
  constructor(message: string, messageZh: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, messageZh, options);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = options?.retryAfterSeconds ?? null;
  }
}

export type AnyDomainError = NotFoundError | ForbiddenError | UnauthorizedError | ConflictError | IllegalTransitionError | InvalidError | RateLimitedError;

export function isDomainError(e: unknown): e is AnyDomainError {
  return e instanceof DomainError;
}
