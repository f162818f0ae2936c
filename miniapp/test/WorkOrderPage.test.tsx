import { act, render, screen, waitFor } from '@testing-library/react';
import type { Checkpoint, WorkOrder, WorkOrderSummary } from '@contract/planned';
import WorkOrderPage from '../src/packages/tech/workorder/index';
import { PlannedList } from '../src/components/tech/PlannedList';
import { offlineQueue, sendQueued } from '../src/services/offline';
import { forgetWorkOrderVersions } from '../src/services/offline/workOrderSend';
import { currentUser } from '../src/services/session';
import { send, type HttpRequest } from '../src/services/transport';
import { fakeApi, find, tap, type } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
jest.mock('../src/services/auth', () => ({ ensureSignedIn: () => true }));
jest.mock('../src/services/session', () => ({ currentUser: jest.fn(), getToken: () => 'token', clearSession: () => undefined }));
jest.mock('../src/components/toast', () => ({ toast: jest.fn() }));
jest.mock('../src/platform', () => ({
  platform: {
    scan: jest.fn(),
    chooseImages: jest.fn(),
    prepareImage: jest.fn(async (p: unknown) => p),
    uploadFile: jest.fn(async () => ({ statusCode: 204, data: '' })),
    isOnline: jest.fn(async () => true),
    onReconnect: jest.fn(() => () => undefined),
    keepImage: jest.fn(async (p: unknown) => p),
  },
}));
// The page reads its order id from the route; the offline queue keeps its items in localStorage, as H5 does.
jest.mock('@tarojs/taro', () => {
  const overrides: Record<string, unknown> = {
    getStorageSync: (key: string) => JSON.parse(globalThis.localStorage.getItem(key) ?? '""') as unknown,
    setStorageSync: (key: string, value: unknown) => globalThis.localStorage.setItem(key, JSON.stringify(value)),
    navigateTo: jest.fn(async () => undefined),
    useRouter: () => ({ params: { id: 'wo1' } }),
  };
  // Taro's H5 module loads itself back while it loads: read it only when asked (a proxy, not a spread).
  const actual = () => jest.requireActual('@tarojs/taro-h5') as Record<string, unknown>;
  const pickKey = (key: string | symbol) => (typeof key === 'string' && key in overrides ? overrides[key] : (Reflect.get(actual().default as object, key) ?? Reflect.get(actual(), key)));
  const taro = new Proxy({}, { get: (_t, key) => pickKey(key) });
  return new Proxy({}, { get: (_t, key) => (key === 'default' ? taro : key === '__esModule' ? true : pickKey(key)) });
});

const sendMock = send as jest.MockedFunction<typeof send>;
const platform = (jest.requireMock('../src/platform') as { platform: Record<string, jest.Mock> }).platform;
const toast = (jest.requireMock('../src/components/toast') as { toast: jest.Mock }).toast;
const userMock = currentUser as jest.Mock;
const zhao = { id: 'tech-zhao', name: '赵师傅', roles: ['technician'], hospitalId: 'demo' };

const label = (zh: string, en: string) => ({ zh, en });
function checkpoint(index: number, name: string, status: Checkpoint['status'] = 'pending', over: Partial<Checkpoint> = {}): Checkpoint {
  return { index, kind: 'location', id: `OPD-020${index + 1}`, name, qrCode: `R-OPD-020${index + 1}`, status, skipReason: null, at: null, deviceAt: null, by: null, results: [], ...over };
}

/** A round of 4 rooms, the first done: a pass/fail item and a temperature within 18–26 ℃. */
function round(over: Partial<WorkOrder> = {}): WorkOrder {
  return {
    id: 'wo1',
    number: 'PM20261201-0003',
    planId: 'p1',
    planName: label('门诊二层日巡查', 'OPD floor 2 daily round'),
    kind: 'round',
    period: '2026-12-01',
    dueOn: '2026-12-01',
    opensOn: '2026-12-01',
    closesOn: '2026-12-01',
    status: 'in_progress',
    onTime: null,
    criticality: 'normal',
    categoryCode: 'hvac',
    technicianId: 'tech-zhao',
    team: null,
    checklist: [
      { id: 'clean', kind: 'passFail', label: label('空调出风口清洁', 'Vents clean'), required: true },
      { id: 'temp', kind: 'number', label: label('室温', 'Room temperature'), unit: '℃', min: 18, max: 26, required: true },
    ],
    checkpoints: [
      checkpoint(0, '内科诊室', 'done', { at: '2026-12-01T01:00:00.000Z', by: '赵师傅', results: [{ itemId: 'temp', pass: null, value: 22, text: null, photoKey: null, failed: false, ticketId: null, ticketNumber: null }] }),
      checkpoint(1, '外科诊室'),
      checkpoint(2, '检验科'),
      checkpoint(3, 'DR室'),
    ],
    postponements: [],
    postponeMaxDays: 5,
    startedAt: '2026-12-01T01:00:00.000Z',
    completedAt: null,
    createdAt: '2026-11-24T16:00:00.000Z',
    version: 3,
    // The server answers on the phone's clock unless a test says otherwise.
    at: new Date().toISOString(),
    ...over,
  };
}

/** The order after checkpoint `index` was recorded (or skipped), at the next version. */
function after(order: WorkOrder, index: number, change: Partial<Checkpoint>): WorkOrder {
  return { ...order, version: order.version + 1, checkpoints: order.checkpoints.map((c) => (c.index === index ? { ...c, status: 'done', at: '2026-12-01T02:00:00.000Z', by: '赵师傅', ...change } : c)) };
}

const body = (req: HttpRequest | undefined) => req?.data as Record<string, unknown>;

beforeEach(() => {
  sendMock.mockReset();
  toast.mockReset();
  platform.isOnline!.mockResolvedValue(true);
  localStorage.clear();
  forgetWorkOrderVersions();
  userMock.mockReturnValue(zhao);
});

describe('the technician’s work order page', () => {
  it('refuses another room’s label, then records the checklist; a reading out of range is red before it is sent and its repair ticket shows after', async () => {
    let order = round();
    const api = fakeApi({
      'GET /v1/work-orders/wo1': () => ({ status: 200, data: order }),
      'POST /v1/work-orders/wo1/checkpoints/1': () => {
        order = after(order, 1, {
          results: [
            { itemId: 'clean', pass: true, value: null, text: null, photoKey: null, failed: false, ticketId: null, ticketNumber: null },
            { itemId: 'temp', pass: null, value: 31, text: null, photoKey: null, failed: true, ticketId: 't9', ticketNumber: 'BX20261201-0007' },
          ],
        });
        return { status: 200, data: order };
      },
    });
    sendMock.mockImplementation(api.handler);
    render(<WorkOrderPage />);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toContain('进度 1/4'));

    platform.scan!.mockResolvedValueOnce({ kind: 'label', code: 'R-OPD-0301' });
    await tap(screen.getByTestId('scan-checkpoint'));
    await waitFor(() => expect(toast).toHaveBeenCalledWith('这不是该检查点的二维码'));
    expect(screen.queryByTestId('checklist-form')).toBeNull();

    platform.scan!.mockResolvedValueOnce({ kind: 'label', code: 'R-OPD-0202' });
    await tap(screen.getByTestId('scan-checkpoint'));
    await waitFor(() => expect(screen.getByTestId('checked-in').textContent).toBe('已签到：R-OPD-0202'));
    expect(screen.getByTestId('item-temp').textContent).toContain('正常范围 18 – 26 ℃');
    await tap(screen.getByTestId('pass'));
    await type(await find<HTMLInputElement>('input[name="value-temp"]'), '31');
    expect(screen.getByTestId('item-fails').textContent).toBe('超出正常范围：提交后将生成维修单');

    await tap(screen.getByTestId('record'));
    await waitFor(() => expect(screen.getByTestId('corrective-ticket').textContent).toBe('已生成维修单 BX20261201-0007'));
    const recorded = api.calls.find((c) => c.method === 'POST');
    expect(body(recorded)).toEqual({ qrCode: 'R-OPD-0202', results: [{ itemId: 'clean', pass: true }, { itemId: 'temp', value: 31 }], version: 3 });
    expect(recorded?.header['Idempotency-Key']).toMatch(/^mp-/);
    expect(screen.getByTestId('progress').textContent).toContain('进度 2/4');
    // The next checkpoint is the current one now.
    expect(screen.getByTestId('current-checkpoint').closest('[data-testid="checkpoint"]')?.textContent).toContain('检验科');
  });

  it('stamps a checkpoint on the server’s clock when the phone’s is 10 minutes behind it', async () => {
    const serverAhead = 10 * 60_000;
    let order = round();
    const api = fakeApi({
      'GET /v1/work-orders/wo1': () => ({ status: 200, data: { ...order, at: new Date(Date.now() + serverAhead).toISOString() } }),
      'POST /v1/work-orders/wo1/checkpoints/1': () => ((order = after(order, 1, {})), { status: 200, data: order }),
    });
    sendMock.mockImplementation(api.handler);
    render(<WorkOrderPage />);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toContain('进度 1/4'));
    platform.scan!.mockResolvedValueOnce({ kind: 'label', code: 'R-OPD-0202' });
    await tap(screen.getByTestId('scan-checkpoint'));
    await tap(await waitFor(() => screen.getByTestId('pass')));
    await type(await find<HTMLInputElement>('input[name="value-temp"]'), '22');
    const phoneNow = Date.now();
    await tap(screen.getByTestId('record'));
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toContain('进度 2/4'));
    const stamped = Date.parse(String(api.calls.find((c) => c.method === 'POST')?.header['Device-Time']));
    // The server refuses a time 2 minutes before the order's previous step; its own clock is what counts.
    expect(stamped - phoneNow).toBeGreaterThan(serverAhead - 60_000);
    expect(stamped - phoneNow).toBeLessThan(serverAhead + 60_000);
  });

  it('keeps checkpoints recorded without a signal on the phone, shown as waiting, and sends them in order with their phone times', async () => {
    let order = round();
    const api = fakeApi({
      'GET /v1/work-orders/wo1': () => ({ status: 200, data: order }),
      'POST /v1/work-orders/wo1/checkpoints/1': () => ((order = after(order, 1, {})), { status: 200, data: order }),
      'POST /v1/work-orders/wo1/checkpoints/2/skip': () => ((order = after(order, 2, { status: 'skipped', skipReason: '房间锁门无法进入' })), { status: 200, data: order }),
    });
    sendMock.mockImplementation(api.handler);
    render(<WorkOrderPage />);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toContain('进度 1/4'));
    platform.isOnline!.mockResolvedValue(false);

    platform.scan!.mockResolvedValueOnce({ kind: 'label', code: 'R-OPD-0202' });
    await tap(screen.getByTestId('scan-checkpoint'));
    await tap(await waitFor(() => screen.getByTestId('pass')));
    await type(await find<HTMLInputElement>('input[name="value-temp"]'), '22');
    await tap(screen.getByTestId('record'));
    await waitFor(() => expect(screen.getAllByTestId('offline-item')).toHaveLength(1));

    await tap(screen.getByTestId('skip-checkpoint'));
    await tap(screen.getByText('房间锁门无法进入'));
    await tap(document.querySelector('.reason-sheet__confirm') as Element);
    await waitFor(() => expect(screen.getAllByTestId('offline-item')).toHaveLength(2));

    expect(screen.getAllByTestId('checkpoint-status').map((s) => s.textContent)).toEqual(['已完成', '待提交（离线）', '待提交（离线）', '待检查']);
    expect(screen.getAllByTestId('offline-item').map((s) => s.textContent)).toEqual([expect.stringContaining('检查点 2 的检查结果'), expect.stringContaining('跳过检查点 3')]);
    expect(api.calls.filter((c) => c.method === 'POST')).toEqual([]);

    platform.isOnline!.mockResolvedValue(true);
    await act(async () => {
      await sendQueued();
    });
    await waitFor(() => expect(screen.queryByTestId('offline-saved')).toBeNull());
    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.url.replace(/^.*\/v1/, '/v1'))).toEqual(['/v1/work-orders/wo1/checkpoints/1', '/v1/work-orders/wo1/checkpoints/2/skip']);
    // Both were made at version 3; the second goes at the version the first one's answer gave.
    expect(posts.map((c) => body(c).version)).toEqual([3, 4]);
    expect(body(posts[1])).toMatchObject({ reason: '房间锁门无法进入' });
    for (const p of posts) expect(p.header['Device-Time']).toMatch(/^2\d{3}-\d\d-\d\dT/);
    expect(offlineQueue.pendingFor('wo1')).toEqual([]);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toContain('进度 3/4'));
  });

  it('offers 完成 once every checkpoint is finished, and sends the order’s version', async () => {
    let order = round({ checkpoints: [checkpoint(0, '内科诊室', 'done'), checkpoint(1, '外科诊室', 'skipped', { skipReason: '科室正在使用' })] });
    const api = fakeApi({
      'GET /v1/work-orders/wo1': () => ({ status: 200, data: order }),
      'POST /v1/work-orders/wo1/complete': () => ((order = { ...order, status: 'done', onTime: true, version: 4 }), { status: 200, data: order }),
    });
    sendMock.mockImplementation(api.handler);
    render(<WorkOrderPage />);
    await tap(await waitFor(() => screen.getByTestId('complete-work-order')));
    await waitFor(() => expect(screen.getByTestId('work-order-status').textContent).toBe('已完成 · 按时完成'));
    expect(body(api.calls.find((c) => c.method === 'POST'))).toEqual({ version: 3 });
    expect(screen.queryByTestId('work-order-actions')).toBeNull();
    // Done, it is still his: no "view only" note.
    expect(screen.queryByText('仅供查看：由负责的维修人员执行')).toBeNull();
  });

  it('shows the desk the order to read only: no scan, skip, postpone or complete', async () => {
    userMock.mockReturnValue({ id: 'desk-wang', name: '王调度', roles: ['dispatcher'], hospitalId: 'demo' });
    const order = round();
    // Recorded offline 10 minutes before it reached the server; the second within clock skew of it.
    order.checkpoints[0] = { ...order.checkpoints[0]!, at: '2026-12-01T01:10:00.000Z', deviceAt: '2026-12-01T01:00:00.000Z' };
    order.checkpoints[1] = { ...order.checkpoints[1]!, status: 'done', at: '2026-12-01T01:20:00.000Z', deviceAt: '2026-12-01T01:19:30.000Z', by: '赵师傅' };
    sendMock.mockImplementation(fakeApi({ 'GET /v1/work-orders/wo1': () => ({ status: 200, data: order }) }).handler);
    render(<WorkOrderPage />);
    await waitFor(() => expect(screen.getByText('仅供查看：由负责的维修人员执行')).toBeTruthy());
    const rows = screen.getAllByTestId('checkpoint');
    expect(rows).toHaveLength(4);
    expect(rows[0]?.textContent).toContain('手机上记录于');
    expect(rows[1]?.textContent).not.toContain('手机上记录于');
    for (const id of ['scan-checkpoint', 'skip-checkpoint', 'postpone', 'complete-work-order']) expect(screen.queryByTestId(id)).toBeNull();
  });
});

describe('the 计划工作 list', () => {
  const summary = (over: Partial<WorkOrderSummary>): WorkOrderSummary => ({
    id: 'wo1',
    number: 'PM20261201-0003',
    planName: label('门诊二层日巡查', 'OPD floor 2 daily round'),
    kind: 'round',
    dueOn: '2026-12-03',
    opensOn: '2026-12-01',
    closesOn: '2026-12-03',
    status: 'in_progress',
    criticality: 'normal',
    technicianId: 'tech-zhao',
    progress: { finished: 3, total: 4 },
    where: '内科诊室',
    ...over,
  });

  it('shows each order’s window, days left or overdue, progress, and marks life support', () => {
    const orders = [summary({}), summary({ id: 'wo2', number: 'PM20261125-0001', kind: 'maintenance', criticality: 'lifeSupport', planName: label('呼吸机月度保养', 'Ventilator monthly PM'), opensOn: '2026-11-25', closesOn: '2026-11-30', progress: { finished: 0, total: 1 }, where: '呼吸机 1' })];
    render(<PlannedList orders={orders} error={null} onOpen={jest.fn()} today="2026-12-01" />);
    const rows = screen.getAllByTestId('planned-item');
    expect(rows.map((r) => r.querySelector('[data-testid="window"]')?.textContent)).toEqual(['12月1日 – 12月3日还剩 2 天', '11月25日 – 11月30日已逾期 1 天']);
    expect(rows.map((r) => r.querySelector('[data-testid="progress"]')?.textContent)).toEqual(['进度 3/4', '进度 0/1']);
    expect(rows[1]?.querySelector('[data-testid="criticality"]')?.className).toContain('planned-crit--lifeSupport');
    expect(rows[1]?.querySelector('[data-testid="criticality"]')?.textContent).toBe('生命支持');
    expect(screen.getByText('1 项计划工作已逾期，请尽快完成')).toBeTruthy();
  });
});
