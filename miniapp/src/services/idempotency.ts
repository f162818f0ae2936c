/**
 * One Idempotency-Key per submission: a retry of the same body (after a timeout, a 5xx, a lost
 * answer) sends the same key, so the server creates the ticket at most once; a changed body is
 * a new submission with a new key.
 */
export function newIdempotencyKey(): string {
  const rand = () => Math.floor(Math.random() * 0x100000000).toString(36).padStart(7, '0');
  return `mp-${Date.now().toString(36)}-${rand()}${rand()}`;
}

export class SubmissionKeys {
  private body: string | null = null;
  private key: string | null = null;

  /** The key for this body: the previous one if the body is unchanged since the last attempt. */
  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.key === null || text !== this.body) {
      this.body = text;
      this.key = newIdempotencyKey();
    }
    return this.key;
  }

  /** After a definite outcome (created, or refused as invalid) the next submit is a new one. */
  reset(): void {
    this.body = null;
    this.key = null;
  }
}
