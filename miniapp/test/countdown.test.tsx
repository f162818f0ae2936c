import { render, screen } from '@testing-library/react';
import { byDeadline, formatRemaining } from '../src/components/ticket/countdown';
import { Countdown } from '../src/components/ticket/Countdown';

const now = Date.parse('2026-11-23T06:00:00.000Z');
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

describe('the SLA countdown', () => {
  it('ticks minutes:seconds under an hour and hours above', () => {
    expect(formatRemaining(at(12.5), now)).toEqual({ text: '剩 12:30', overdue: false });
    expect(formatRemaining(at(125), now)).toEqual({ text: '剩 2小时05分', overdue: false });
  });

  it('counts up in red once the deadline has passed', () => {
    expect(formatRemaining(at(-3), now)).toEqual({ text: '超时 03:00', overdue: true });
    render(<Countdown deadline={{ kind: 'accept', dueAt: at(-3), overdue: true }} now={now} />);
    const el = screen.getByTestId('countdown');
    expect(el.textContent).toBe('接单 超时 03:00');
    expect(el.className).toContain('countdown--overdue');
  });

  it('puts the most pressing deadline first and tickets without one last', () => {
    const t = (id: string, dueAt: string | null) => ({ id, nextDeadline: dueAt ? { dueAt } : null });
    const sorted = [t('none', null), t('later', at(60)), t('late', at(-5)), t('soon', at(5))].sort(byDeadline);
    expect(sorted.map((x) => x.id)).toEqual(['late', 'soon', 'later', 'none']);
  });
});
