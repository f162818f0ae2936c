/** The server's clock minus the phone's, as of the server's last answer. */
let serverSkewMs = 0;

/**
 * Notes the server's time from an answer (a ticket's `timeState.at`). A phone's clock may be
 * minutes off; the server refuses a device time far from its own, so an offline command is
 * stamped on the phone's clock corrected by the last known difference.
 */
export function noteServerTime(at: string | undefined): void {
  const serverMs = at ? Date.parse(at) : Number.NaN;
  if (!Number.isNaN(serverMs)) serverSkewMs = serverMs - Date.now();
}

/** Now, on the server's clock as far as the phone knows it: the device time of a command made now. */
export function deviceTimeNow(): string {
  return new Date(Date.now() + serverSkewMs).toISOString();
}
