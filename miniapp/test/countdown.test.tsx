import { render, screen } from '@testing-library/react';
import type { TimeStateView } from '@contract/tickets';
import { byTimeState, countBreached, formatLeft, liveTimeState } from '../src/components/ticket/countdown';
import { Countdown } from '../src/components/ticket/Countdown';

const now = Date.parse('2026-11-23T06:00:00.000Z');
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
const base: TimeStateView = {
  state: 'running',
  kind: 'accept',
  dueAt: null,
  overdueMinutes: 0,
  escalationLevel: 0,
  escalatesAt: null,
  pauseReason: null,
  pausedSince: null,
  at: '2026-11-23T06:00:00.000Z',
};
const running = (minutes: number): TimeStateView => ({ ...base, dueAt: at(minutes) });
const breached = (minutes: number, escalationLevel = 0): TimeStateView => ({ ...base, state: 'breached', dueAt: at(-minutes), overdueMinutes: minutes, escalationLevel });

describe('the SLA countdown shows the API time state', () => {
  it('ticks minutes:seconds under an hour and hours above', () => {
    expect(formatLeft(12.5 * 60_000)).toBe('12:30');
    expect(formatLeft(125 * 60_000)).toBe('2小时05分');
    render(<Countdown state={running(12.5)} serverNow={now} />);
    expect(screen.getByTestId('countdown').textContent).toBe('接单 剩 12:30');
  });

  it('shows a breach in red as 超时 N 分钟 with its escalation', () => {
    render(<Countdown state={breached(12, 1)} serverNow={now} />);
    const el = screen.getByTestId('countdown');
    expect(el.textContent).toBe('接单 超时 12 分钟 · 已超时 1 次');
    expect(el.className).toContain('countdown--overdue');
  });

  it('turns a running deadline red once the server clock passes it, and keeps counting', () => {
    expect(liveTimeState(running(2), now + 5 * 60_000)).toMatchObject({ state: 'breached', overdueMinutes: 3 });
    expect(liveTimeState(breached(7), now + 2 * 60_000)).toMatchObject({ state: 'breached', overdueMinutes: 9 });
    expect(liveTimeState(running(2), now)).toMatchObject({ state: 'running', overdueMinutes: 0 });
  });

  it('shows the pause reason on hold', () => {
    render(<Countdown state={{ ...base, state: 'paused', kind: 'arrive', pauseReason: '等配件', pausedSince: at(-30) }} serverNow={now} />);
    expect(screen.getByTestId('countdown').textContent).toBe('已挂起：等配件');
  });

  it('counts exactly the breached rows, and sorts them first', () => {
    const rows = [
      { id: 'held', timeState: { ...base, state: 'paused' as const } },
      { id: 'later', timeState: running(60) },
      { id: 'late', timeState: breached(5) },
      { id: 'soon', timeState: running(5) },
      { id: 'done', timeState: { ...base, state: 'none' as const, kind: null } },
    ];
    expect(countBreached(rows, now)).toBe(1);
    expect(countBreached(rows, now + 10 * 60_000)).toBe(2);
    expect([...rows].sort(byTimeState).map((x) => x.id)).toEqual(['late', 'soon', 'later', 'held', 'done']);
  });
});
