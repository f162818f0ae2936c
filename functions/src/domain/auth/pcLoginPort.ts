/** A desk PC's request to sign in by scan, as stored (one item per request, with a TTL). */
export interface PcLoginRequestRecord {
  id: string;
  /** SHA-256 of the poll secret (base64url): the table never holds the secret itself. */
  secretHash: string;
  /** pending → confirmed (a staff member said yes on the phone) → used (the PC took its session). */
  status: 'pending' | 'confirmed' | 'used';
  createdAt: string;
  expiresAt: string;
  /** Who confirmed it; null while pending. */
  hospitalId: string | null;
  userId: string | null;
}

/** AP-28: the requests, each moved on by a conditional write so that it is confirmed once and used once. */
export interface PcLoginRepository {
  /** A new request; throws ConflictError if the id is taken. */
  create(request: PcLoginRequestRecord): Promise<void>;
  /** Strongly consistent: a poll right after the confirmation sees it. */
  get(id: string): Promise<PcLoginRequestRecord | null>;
  /** pending and unexpired at `now` → confirmed by this user; false when it was not (expired, confirmed, gone). */
  confirm(id: string, by: { hospitalId: string; userId: string }, now: Date): Promise<boolean>;
  /** confirmed → used; false when another poll took it first. */
  markUsed(id: string): Promise<boolean>;
}
