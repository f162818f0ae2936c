import { formatTicketNumber, hospitalDay } from './ticketNumber';

describe('ticket numbers', () => {
  it('use the hospital day, not the UTC day', () => {
    // 23:30 UTC on the 22nd is already 07:30 on the 23rd in Zhuhai.
    expect(hospitalDay(new Date('2026-11-22T23:30:00Z'), 'Asia/Shanghai')).toBe('20261123');
    expect(hospitalDay(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('20261122');
  });

  it('pad the sequence to four digits and grow past 9999', () => {
    expect(formatTicketNumber('BX', '20261123', 42)).toBe('BX20261123-0042');
    expect(formatTicketNumber('BX', '20261123', 12345)).toBe('BX20261123-12345');
  });
});
