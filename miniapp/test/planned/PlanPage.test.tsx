import { render, screen, waitFor } from '@testing-library/react';
import type { CreatePlanBody, Plan, PlanSuggestionList } from '@contract/planned';
import PlanPage from '../../src/packages/admin/plan/index';
import { send } from '../../src/services/transport';
import type { HttpRequest } from '../../src/services/transport';
import { fakeApi, find, tap, type } from '../helpers';

jest.mock('../../src/services/transport', () => ({ send: jest.fn() }));
jest.mock('../../src/services/auth', () => ({ ensureSignedIn: () => true }));
const mockRoute: { params: Record<string, string> } = { params: {} };
const mockRedirectTo = jest.fn(async (_opts: { url: string }) => undefined);
// The page reads its query from the route and loads on show (in jsdom: once, when mounted).
jest.mock('@tarojs/taro', () => {
  // Taro's H5 module loads itself back while it loads: read it only when asked.
  const actual = () => jest.requireActual('@tarojs/taro-h5') as Record<string, unknown>;
  const { useEffect } = jest.requireActual('react');
  const stand: Record<string, unknown> = {
    useRouter: () => mockRoute,
    useDidShow: (fn: () => void) => useEffect(fn, []),
    redirectTo: (opts: { url: string }) => mockRedirectTo(opts),
  };
  const taro = new Proxy({}, { get: (_t, key) => (typeof key === 'string' && key in stand ? stand[key] : (Reflect.get(actual().default as object, key) ?? Reflect.get(actual(), key))) });
  // A proxy, not a spread: reading every export of Taro's H5 module at once fails in jsdom.
  return new Proxy({}, { get: (_t, key) => (key === 'default' ? taro : key === '__esModule' ? true : typeof key === 'string' && key in stand ? stand[key] : Reflect.get(actual(), key)) });
});
const sendMock = send as jest.MockedFunction<typeof send>;

const ventilator = { id: 'ICU-VENT1', name: '1号呼吸机', type: '呼吸机', model: 'V60', serial: 'S1', vendor: '迈瑞', installDate: null, warrantyEnd: null, categoryCode: 'medical', maintenanceCycleDays: null, lifeSupport: true, locationId: 'ICU-01', qrCode: 'A-ICU-VENT1', retired: false, version: 1 };
const categories = [
  { code: 'medical', nameZh: '医疗设备', nameEn: 'Medical equipment' },
  { code: 'power', nameZh: '电力', nameEn: 'Power' },
];

function savedPlan(body: CreatePlanBody): Plan {
  return {
    ...body,
    id: 'plan-1',
    target: { kind: 'asset', assetId: 'ICU-VENT1', assetName: '1号呼吸机' },
    window: { beforeDays: 0, afterDays: 30 },
    windowIsDefault: true,
    checklist: body.checklist.map((i) => ({ ...i })),
    technicianId: body.technicianId ?? null,
    team: body.team ?? null,
    leadDays: body.leadDays ?? 7,
    postponeMaxDays: body.postponeMaxDays ?? 5,
    nextDueOn: '2026-12-15',
    meter: null,
    version: 1,
    retired: false,
  };
}

function stub(extra: Record<string, (req: HttpRequest) => { status: number; data: unknown }> = {}) {
  const fake = fakeApi({
    'GET /v1/admin/locations': () => ({ status: 200, data: { items: [] } }),
    'GET /v1/categories': () => ({ status: 200, data: { items: categories } }),
    'GET /v1/admin/assets': () => ({ status: 200, data: { items: [ventilator], nextCursor: null } }),
    ...extra,
  });
  sendMock.mockImplementation(fake.handler);
  return fake;
}

const input = (name: string) => find<HTMLInputElement>(`input[name="${name}"]`);
const body = (req: HttpRequest | undefined) => (typeof req?.data === 'string' ? JSON.parse(req.data) : req?.data) as CreatePlanBody;

beforeEach(() => {
  sendMock.mockReset();
  mockRedirectTo.mockClear();
  mockRoute.params = {};
});

describe('the plan form', () => {
  it('creates a monthly plan for a device found by search, with a three-item checklist, and opens the saved plan', async () => {
    const fake = stub({
      'POST /v1/admin/plans': (req) => ({ status: 201, data: savedPlan(body(req)) }),
      'GET /v1/admin/users': () => ({ status: 200, data: { items: [{ id: 'tech-zhao', name: '赵师傅', team: '医工班', roles: ['technician'] }], nextCursor: null } }),
    });
    render(<PlanPage />);
    await type(await input('plan-name-zh'), '呼吸机月度保养');
    await type(await input('plan-name-en'), 'Ventilator monthly PM');
    await type(await input('target-device'), '呼吸机');
    await tap(screen.getByTestId('target-device-go'));
    await tap(await screen.findByTestId('target-device-ICU-VENT1'));
    expect(screen.getByTestId('target-asset-chosen').textContent).toContain('1号呼吸机 · ICU-VENT1');
    // Monthly is the default frequency; its window is the calendar month.
    expect(screen.getByTestId('frequency-monthly').className).toContain('chip--active');
    expect(screen.getByTestId('plan-window-default').textContent).toContain('到期当月内完成');
    await type(await input('item-0-zh'), '外观与管路完好');
    await tap(screen.getByTestId('item-add'));
    await tap(await screen.findByTestId('item-1-kind-number'));
    await type(await input('item-1-zh'), '潮气量');
    await type(await input('item-1-unit'), 'ml');
    await type(await input('item-1-min'), '400');
    await type(await input('item-1-max'), '600');
    await tap(screen.getByTestId('item-add'));
    await tap(await screen.findByTestId('item-2-kind-photo'));
    await type(await input('item-2-zh'), '面板照片');
    await tap(await screen.findByTestId('plan-category-medical'));
    await tap(screen.getByTestId('criticality-lifeSupport'));
    expect(document.body.textContent).toContain('须 100% 按时完成');
    // Choosing the technician brings their team along.
    await tap(await screen.findByTestId('plan-technician-tech-zhao'));
    expect((await input('plan-team')).value).toBe('医工班');
    await tap(screen.getByTestId('plan-save'));

    await waitFor(() => expect(mockRedirectTo).toHaveBeenCalledWith({ url: '/packages/admin/plan/index?id=plan-1' }));
    const sent = body(fake.calls.find((c) => c.method === 'POST'));
    expect(sent).toMatchObject({
      name: { zh: '呼吸机月度保养', en: 'Ventilator monthly PM' },
      target: { kind: 'asset', assetId: 'ICU-VENT1' },
      schedule: { frequency: 'monthly' },
      categoryCode: 'medical',
      technicianId: 'tech-zhao',
      team: '医工班',
      criticality: 'lifeSupport',
      leadDays: 7,
      postponeMaxDays: 5,
    });
    expect(sent.schedule.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.window).toBeUndefined();
    expect(sent.checklist).toEqual([
      { id: 'i1', kind: 'passFail', label: { zh: '外观与管路完好', en: '外观与管路完好' }, required: true },
      { id: 'i2', kind: 'number', label: { zh: '潮气量', en: '潮气量' }, unit: 'ml', min: 400, max: 600, required: true },
      { id: 'i3', kind: 'photo', label: { zh: '面板照片', en: '面板照片' }, required: true },
    ]);
  });

  it('shows the server’s messages under their fields, in Chinese', async () => {
    stub({
      'POST /v1/admin/plans': () => ({
        status: 400,
        data: {
          error: {
            code: 'validation_failed',
            message: 'The request could not be processed as sent',
            messageZh: '请求内容无法处理，请检查后重试',
            details: [
              { field: 'body.target.assetId', code: 'too_small', message: 'Too short', messageZh: '请选择设备' },
              { field: 'body.checklist.0.label.zh', code: 'too_small', message: 'Required', messageZh: '请填写检查项' },
              { field: 'body.categoryCode', code: 'too_small', message: 'Required', messageZh: '请选择类别' },
            ],
          },
        },
      }),
    });
    render(<PlanPage />);
    await tap(await screen.findByTestId('plan-save'));
    await waitFor(() => expect(screen.getByTestId('plan-form-error').textContent).toBe('请求内容无法处理，请检查后重试'));
    expect(screen.getByTestId('plan-target').textContent).toContain('请选择设备');
    expect(screen.getByTestId('item-0').textContent).toContain('请填写检查项');
    expect(screen.getByTestId('plan-form').textContent).toContain('请选择类别');
    expect(mockRedirectTo).not.toHaveBeenCalled();
  });

  it('opens filled with an accepted suggestion: every device of the type, its checklist, category and window', async () => {
    mockRoute.params = { suggested: encodeURIComponent('空调') };
    const suggestions: PlanSuggestionList = {
      threshold: 5,
      items: [
        {
          assetType: '空调',
          categoryCode: 'power',
          failures: 9,
          devices: 12,
          since: '2026-09-02',
          proposed: {
            name: { zh: '空调季度保养', en: 'Air conditioner quarterly PM' },
            target: { kind: 'assetType', assetType: '空调' },
            schedule: { frequency: 'quarterly', startsOn: '2026-12-10' },
            checklist: [{ id: 'filter', kind: 'passFail', label: { zh: '滤网清洁', en: 'Filter clean' }, required: true }],
            categoryCode: 'power',
            criticality: 'normal',
          },
        },
      ],
    };
    const fake = stub({
      'GET /v1/admin/plan-suggestions': () => ({ status: 200, data: suggestions }),
      'POST /v1/admin/plans': (req) => ({ status: 201, data: { ...savedPlan(body(req)), target: { kind: 'assetType', assetType: '空调', assetCount: 12 } } }),
    });
    render(<PlanPage />);
    expect((await input('plan-name-zh')).value).toBe('空调季度保养');
    expect(screen.getByTestId('plan-title').textContent).toBe('采用建议：新建计划');
    expect(screen.getByTestId('target-assetType').className).toContain('chip--active');
    expect((await input('target-asset-type')).value).toBe('空调');
    expect(screen.getByTestId('frequency-quarterly').className).toContain('chip--active');
    expect(screen.getByTestId('plan-window-default').textContent).toContain('到期日前 10 天至后 10 天');
    expect(screen.getByTestId('plan-starts-on').textContent).toBe('2026-12-10');
    expect((await input('item-0-en')).value).toBe('Filter clean');
    await tap(screen.getByTestId('plan-save'));
    await waitFor(() => expect(mockRedirectTo).toHaveBeenCalled());
    expect(body(fake.calls.find((c) => c.method === 'POST'))).toMatchObject({ target: { kind: 'assetType', assetType: '空调' }, schedule: { frequency: 'quarterly', startsOn: '2026-12-10' }, categoryCode: 'power' });
  });
  it('builds a round of places and devices in order: added, moved up, removed', async () => {
    const place = (id: string, name: string) => ({ id, name, type: 'room', parentId: 'B5-F03', ancestorIds: ['MAIN', 'B5', 'B5-F03'], roomUse: 'plant_room', qrCode: `R-${id}`, version: 1, retired: false });
    const fake = stub({
      'GET /v1/admin/locations': () => ({ status: 200, data: { items: [place('B5-0301', '水泵房'), place('B5-0302', '配电房')] } }),
      'POST /v1/admin/plans': (req) => ({ status: 201, data: savedPlan(body(req)) }),
    });
    render(<PlanPage />);
    await tap(await screen.findByTestId('target-round'));
    expect(screen.getByTestId('round-checkpoints').textContent).toContain('还没有检查点');
    await type(await input('round-place'), '泵房');
    await tap(await screen.findByTestId('round-place-B5-0301'));
    await type(await input('round-place'), '配电');
    await tap(await screen.findByTestId('round-place-B5-0302'));
    await type(await input('round-device'), '呼吸机');
    await tap(screen.getByTestId('round-device-go'));
    await tap(await screen.findByTestId('round-device-ICU-VENT1'));
    await tap(screen.getByTestId('checkpoint-2-up'));
    await tap(screen.getByTestId('checkpoint-0-remove'));
    expect(screen.getByTestId('checkpoint-0').textContent).toContain('1. 1号呼吸机');
    expect(screen.getByTestId('checkpoint-1').textContent).toContain('2. ');
    await tap(screen.getByTestId('frequency-daily'));
    expect(screen.getByTestId('plan-window-default').textContent).toContain('到期当天完成');
    await tap(screen.getByTestId('plan-save'));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(body(fake.calls.find((c) => c.method === 'POST'))).toMatchObject({
      target: { kind: 'round', checkpoints: [{ kind: 'asset', id: 'ICU-VENT1' }, { kind: 'location', id: 'B5-0302' }] },
      schedule: { frequency: 'daily' },
    });
  });
});
