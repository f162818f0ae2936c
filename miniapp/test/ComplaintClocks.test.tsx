import { render, screen } from '@testing-library/react';
import { ComplaintClocks } from '../src/components/desk/ComplaintClocks';

const now = Date.parse('2026-11-23T12:45:00.000Z');

describe('a complaint’s three clocks on the desk', () => {
  it('shows the missed response red with its escalation, a late step done, and the call-back ticking', () => {
    render(
      <ComplaintClocks
        serverNow={now}
        clocks={[
          { step: 'respond', dueAt: '2026-11-23T12:00:00.000Z', doneAt: null, state: 'breached', late: true, overdueMinutes: 44, escalationLevel: 1 },
          { step: 'resolve', dueAt: '2026-11-24T10:00:00.000Z', doneAt: '2026-11-24T10:20:00.000Z', state: 'done', late: true, overdueMinutes: 20, escalationLevel: 0 },
          { step: 'callback', dueAt: '2026-11-23T13:15:30.000Z', doneAt: null, state: 'running', late: false, overdueMinutes: 0, escalationLevel: 0 },
        ]}
      />,
    );
    const respond = screen.getByTestId('clock-respond');
    // 45 minutes late by the server clock now, more than the 44 of the answer.
    expect(respond.textContent).toBe('响应 超时 45 分钟 · 已超时 1 次');
    expect(respond.className).toContain('countdown--overdue');
    expect(screen.getByTestId('clock-resolve').textContent).toMatch(/^已处理 .+（超时 20 分钟）$/);
    expect(screen.getByTestId('clock-callback').textContent).toBe('回访 剩 30:30');
  });

  it('turns a running clock red once its deadline passes', () => {
    render(
      <ComplaintClocks
        serverNow={now}
        clocks={[{ step: 'respond', dueAt: '2026-11-23T12:40:00.000Z', doneAt: null, state: 'running', late: false, overdueMinutes: 0, escalationLevel: 0 }]}
      />,
    );
    expect(screen.getByTestId('clock-respond').getAttribute('data-state')).toBe('breached');
    expect(screen.getByTestId('clock-respond').textContent).toBe('响应 超时 5 分钟');
  });
});
