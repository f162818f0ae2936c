import { render, screen, waitFor } from '@testing-library/react';
import type { Ticket, TicketDetail } from '@contract/tickets';
import TicketPage from '../src/pages/ticket/index';
import { send, type HttpRequest } from '../src/services/transport';
import { createdTicket } from './fixtures';
import { fakeApi, tap } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
// jsdom draws nothing on a canvas: the confirm card's signature pad stands in as an empty box.
jest.mock('../src/components/signature/SignaturePad', () => ({ SignaturePad: () => <div data-testid="signature-pad" /> }));
jest.mock('../src/services/auth', () => ({ ensureSignedIn: () => true, HOME_URL: '/pages/home/index' }));
// The page reads its ticket id from the route.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro-h5');
  const useRouter = () => ({ params: { id: 't1' } });
  // A proxy, not a spread: reading every export of Taro's H5 module at once fails in jsdom.
  return new Proxy(actual, { get: (target, key) => (key === 'useRouter' ? useRouter : Reflect.get(target, key)) });
});

const sendMock = send as jest.MockedFunction<typeof send>;

/** 李护士's own ticket as the server shows it to her: full view, the commands she may give now. */
function ownTicket(over: Partial<Ticket>): TicketDetail {
  return {
    ticket: createdTicket({
      view: 'full',
      photos: [],
      completion: null,
      rating: null,
      following: false,
      descriptionHeld: false,
      times: { acceptedAt: null, arrivedAt: null, completedAt: null, confirmedAt: null, closedAt: null },
      ...over,
    }),
    events: [{ seq: 1, type: 'submitted', at: '2026-11-23T06:00:00.000Z', actor: { id: 'nurse-li', name: '李护士', role: 'reporter' }, fromStatus: null, toStatus: 'submitted', note: null }],
  };
}

const completedByZhao = ownTicket({
  status: 'completed',
  assignee: { id: 'tech-zhao', name: '赵师傅' },
  times: { acceptedAt: '2026-11-23T06:10:00.000Z', arrivedAt: '2026-11-23T06:40:00.000Z', completedAt: '2026-11-23T07:00:00.000Z', confirmedAt: null, closedAt: null },
  completion: {
    note: '更换镇流器，灯已恢复',
    parts: [{ name: '镇流器', quantity: 2, unitCost: 17.5 }],
    partsCost: 35,
    photoKeys: ['completion/after-1.jpg'],
    photos: [{ key: 'completion/after-1.jpg', url: 'http://s3.local/completion/after-1.jpg?sig=1' }],
  },
  allowedCommands: ['confirm', 'reopen'],
} as Partial<Ticket>);

beforeEach(() => sendMock.mockReset());

describe("the reporter's own ticket", () => {
  it('opens with "维修完成了吗？" and the completion record (note, parts, after-photos) when confirmation is awaited', async () => {
    sendMock.mockImplementation(fakeApi({ 'GET /v1/tickets/t1': () => ({ status: 200, data: completedByZhao }) }).handler);
    render(<TicketPage />);
    const confirm = await waitFor(() => screen.getByTestId('confirm-card'));
    expect(confirm.textContent).toContain('维修完成了吗？');
    const record = screen.getByTestId('completion');
    expect(record.textContent).toContain('更换镇流器，灯已恢复');
    expect(record.textContent).toContain('镇流器 × 2，单价 ¥17.50');
    expect(record.textContent).toContain('材料费合计 ¥35.00');
    expect(screen.getAllByTestId('completion-photo')).toHaveLength(1);
    expect(record.querySelector('img')?.getAttribute('src')).toBe('http://s3.local/completion/after-1.jpg?sig=1');
    // In the page's order: the question, what was done, then the ticket itself.
    const head = screen.getByTestId('ticket-head');
    expect(confirm.compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(record.compareDocumentPosition(head) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the completion record below the ticket once confirmed, with no question', async () => {
    const confirmed = { ...completedByZhao, ticket: { ...completedByZhao.ticket, status: 'confirmed', allowedCommands: ['rate', 'reopen'] } } as TicketDetail;
    sendMock.mockImplementation(fakeApi({ 'GET /v1/tickets/t1': () => ({ status: 200, data: confirmed }) }).handler);
    render(<TicketPage />);
    const record = await waitFor(() => screen.getByTestId('completion'));
    expect(screen.queryByTestId('confirm-card')).toBeNull();
    expect(screen.getByTestId('ticket-head').compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lets her cancel before acceptance, with a reason, and offers no follow of her own ticket', async () => {
    let current = ownTicket({ status: 'submitted', allowedCommands: ['cancel'] });
    const fake = fakeApi({
      'GET /v1/tickets/t1': () => ({ status: 200, data: current }),
      'POST /v1/tickets/t1/cancel': () => {
        current = { ...current, ticket: { ...current.ticket, status: 'cancelled', allowedCommands: [] } };
        return { status: 200, data: current.ticket };
      },
    });
    sendMock.mockImplementation(fake.handler);
    render(<TicketPage />);
    const cancel = await waitFor(() => screen.getByTestId('cancel-report'));
    expect(screen.queryByText('关注此工单')).toBeNull();
    expect(screen.getByText('维修人员接单前，您可以取消这次报修')).toBeTruthy();

    await tap(cancel);
    const sheet = await waitFor(() => screen.getByTestId('reason-sheet'));
    await tap(screen.getByText('报错了'));
    await tap(sheet.querySelector('.reason-sheet__confirm') as Element);
    await waitFor(() => expect(fake.calls.some((c) => c.url.endsWith('/v1/tickets/t1/cancel'))).toBe(true));
    const sent = fake.calls.find((c: HttpRequest) => c.url.endsWith('/cancel'));
    expect(sent?.data).toEqual({ reason: '报错了' });
    await waitFor(() => expect(screen.queryByTestId('cancel-report')).toBeNull());
  });

  it('offers no cancel once the technician has accepted', async () => {
    sendMock.mockImplementation(fakeApi({ 'GET /v1/tickets/t1': () => ({ status: 200, data: ownTicket({ status: 'accepted', allowedCommands: [] }) }) }).handler);
    render(<TicketPage />);
    await waitFor(() => screen.getByTestId('ticket-head'));
    expect(screen.queryByTestId('cancel-report')).toBeNull();
  });
});
