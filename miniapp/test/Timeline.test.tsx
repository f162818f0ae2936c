import { render, screen } from '@testing-library/react';
import type { TicketEvent } from '@contract/tickets';
import { Timeline } from '../src/components/ticket/Timeline';

const event = (seq: number, type: TicketEvent['type'], actor: TicketEvent['actor']): TicketEvent => ({
  seq,
  type,
  at: '2026-11-23T02:00:00.000Z',
  actor,
  fromStatus: null,
  toStatus: null,
  note: null,
});
const system = { id: 'system', name: '系统', role: 'system' } as const;
const zhao = { id: 'tech-zhao', name: '赵师傅', role: 'technician' } as const;
const desk = { id: 'desk-wang', name: '王调度', role: 'dispatcher' } as const;

describe('the timeline', () => {
  it('names the events the old labels missed: auto-dispatch, grabs, callbacks, escalations, complaint steps', () => {
    render(
      <Timeline
        events={[
          event(1, 'auto_assigned', system),
          event(2, 'grabbed', zhao),
          event(3, 'sla_escalated', system),
          event(4, 'called_back', desk),
          event(5, 'complaint_respond', desk),
          event(6, 'complaint_resolve', desk),
          event(7, 'complaint_callback', desk),
        ]}
      />,
    );
    for (const title of ['自动派单', '抢单接单', '超时升级至主管', '回访完成', '投诉已响应', '投诉已处理', '投诉已回访']) {
      expect(screen.getByText(title)).toBeTruthy();
    }
  });

  it('shows the newest step first', () => {
    render(<Timeline events={[event(1, 'submitted', { id: 'nurse-li', name: '李护士', role: 'reporter' }), event(2, 'accepted', zhao)]} />);
    const titles = Array.from(document.querySelectorAll('.nut-step-title')).map((el) => el.textContent);
    expect(titles).toEqual(['接单', '提交报修']);
  });

  it("shows when the phone made a step saved offline, beside the server's time, only when they differ", () => {
    render(
      <Timeline
        events={[
          { ...event(1, 'accepted', zhao), at: '2026-11-23T02:30:00.000Z', deviceAt: '2026-11-23T02:30:20.000Z' },
          { ...event(2, 'completed', zhao), at: '2026-11-23T02:40:00.000Z', deviceAt: '2026-11-23T02:10:00.000Z' },
        ]}
      />,
    );
    const shown = screen.getAllByTestId('timeline-device-time').map((el) => el.textContent);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^手机上记录于 .+:10（离线）$/);
  });
});
