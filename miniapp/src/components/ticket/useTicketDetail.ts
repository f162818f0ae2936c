import { useEffect, useState } from 'react';
import type { Ticket, TicketDetail } from '@contract/tickets';
import { api, errorMessage } from '../../services/api';
import { ensureSignedIn } from '../../services/auth';
import { toast } from '../toast';

/**
 * One ticket with its timeline, for every screen that shows one (reporter, technician, desk):
 * loads it once signed in, and after a command shows the answered ticket at once, then reads
 * it again because the timeline needs the new event too.
 */
export function useTicketDetail(id: string, screenPath: string) {
  const [detail, setDetail] = useState<TicketDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    try {
      setDetail(await api.getTicket(id));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  useEffect(() => {
    if (ensureSignedIn(screenPath)) void load();
  }, [id]);

  function changed(next: Ticket, message?: string) {
    setDetail((d) => (d ? { ...d, ticket: next } : d));
    if (message) toast(message);
    void load();
  }

  return { detail, error, load, changed };
}
