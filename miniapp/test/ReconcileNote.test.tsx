import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReconcileNote } from '../src/packages/manager/components/ReconcileNote';
import { currentUser } from '../src/services/session';
import { send } from '../src/services/transport';
import { fakeApi } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
// The signed-in person, as the session store would answer (its storage is the platform's).
jest.mock('../src/services/session', () => ({ currentUser: jest.fn(), getToken: () => 't', clearSession: () => undefined }));
const sendMock = send as jest.MockedFunction<typeof send>;

const run = { ranAt: '2026-11-22T19:30:04.000Z', from: '2026-11-20', to: '2026-11-21', tickets: 41, corrected: 3, conflicts: 0, lostVersions: 1, unsettledDays: ['2026-11-21'] };
const signIn = (roles: string[]) =>
  (currentUser as jest.Mock).mockReturnValue({ id: 'u1', hospitalId: 'h1', hospitalName: '演示医院', name: '陈主任', roles, department: '后勤保障部', skills: [], phone: null, kind: 'staff' });

beforeEach(() => {
  sendMock.mockReset();
});

describe('the data check note under the dashboard', () => {
  it('tells the manager when the numbers were last checked and what was put right, without the admin action', () => {
    signIn(['manager']);
    render(<ReconcileNote run={run} period={{ from: '2026-11-01', to: '2026-11-23' }} onDone={() => undefined} />);
    const note = screen.getByTestId('reconcile-note').textContent ?? '';
    expect(note).toMatch(/^数据核对：11月2[23]日 \d\d:30 核对 2026-11-20 至 2026-11-21，修正 3 项（1 天有刚变更的工单，留待下次核对）$/);
    expect(screen.queryByTestId('reconcile-now')).toBeNull();
  });

  it('says when no check has run yet', () => {
    signIn(['manager']);
    render(<ReconcileNote run={null} period={{ from: '2026-11-01', to: '2026-11-23' }} onDone={() => undefined} />);
    expect(screen.getByTestId('reconcile-note').textContent).toBe('数据核对：尚未运行（每晚自动核对前两天）');
  });

  it("lets the admin check a quarter's last 31 days now", async () => {
    signIn(['admin']);
    const fake = fakeApi({ 'POST /v1/admin/reconcile': () => ({ status: 200, data: { ...run, from: '2026-12-01', to: '2026-12-31', corrected: 0, unsettledDays: [] } }) });
    sendMock.mockImplementation(fake.handler);
    const onDone = jest.fn();
    render(<ReconcileNote run={run} period={{ from: '2026-10-01', to: '2026-12-31' }} onDone={onDone} />);
    fireEvent.click(screen.getByTestId('reconcile-now'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fake.calls.map((c) => [c.method, c.url, c.data])).toEqual([['POST', expect.stringContaining('/v1/admin/reconcile'), { from: '2026-12-01', to: '2026-12-31' }]]);
  });
});
