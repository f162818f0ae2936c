import { render, screen, waitFor } from '@testing-library/react';
import type { TicketDetail } from '@contract/tickets';
import TicketPage from '../src/pages/ticket/index';
import { send } from '../src/services/transport';
import { createdTicket } from './fixtures';
import { fakeApi } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
jest.mock('../src/services/auth', () => ({ ensureSignedIn: () => true }));
// The page reads its ticket id from the route.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro-h5');
  const useRouter = () => ({ params: { id: 't1' } });
  // A proxy, not a spread: reading every export of Taro's H5 module at once fails in jsdom.
  return new Proxy(actual, { get: (target, key) => (key === 'useRouter' ? useRouter : Reflect.get(target, key)) });
});

const sendMock = send as jest.MockedFunction<typeof send>;

/** What the server answers a follower (functions/src/presenters/ticketViews.ts): the summary, everything else empty. */
const followerDetail: TicketDetail = {
  ticket: createdTicket({
    status: 'assigned',
    view: 'summary',
    reporter: null,
    contactPhone: null,
    assignee: null,
    photos: [],
    completion: null,
    rating: null,
    following: true,
    allowedCommands: [],
    descriptionHeld: false,
  }),
  events: [
    { seq: 1, type: 'submitted', at: '2026-11-23T06:00:00.000Z', actor: { id: null, name: null, role: 'reporter' }, fromStatus: null, toStatus: 'submitted', note: null },
    { seq: 2, type: 'assigned', at: '2026-11-23T06:05:00.000Z', actor: { id: null, name: null, role: 'dispatcher' }, fromStatus: 'submitted', toStatus: 'assigned', note: null },
  ],
};

beforeEach(() => sendMock.mockReset());

describe('the ticket page', () => {
  it('shows a follower the summary: number, place, promised times and the steps by role, no names', async () => {
    sendMock.mockImplementation(fakeApi({ 'GET /v1/tickets/t1': () => ({ status: 200, data: followerDetail }) }).handler);
    render(<TicketPage />);
    await waitFor(() => expect(screen.getByTestId('summary-only')).toBeTruthy());
    const text = document.body.textContent ?? '';
    expect(text).toContain('BX20261123-0042');
    expect(text).toContain('灯不亮');
    expect(text).toContain('本部院区 › 5号楼 › 3层 › 0312 病房');
    expect(text).toContain('接单时限');
    expect(text).toContain('已安排维修人员');
    expect(text).toContain('服务台 · ');
    expect(text).not.toContain('李护士');
    expect(screen.queryByText('报修人')).toBeNull();
  });

  it('shows a held description as a note, not as empty text', async () => {
    const held: TicketDetail = { ...followerDetail, ticket: { ...followerDetail.ticket, description: '', descriptionHeld: true } };
    sendMock.mockImplementation(fakeApi({ 'GET /v1/tickets/t1': () => ({ status: 200, data: held }) }).handler);
    render(<TicketPage />);
    await waitFor(() => expect(screen.getByText('报修内容待服务台审核')).toBeTruthy());
  });
});
