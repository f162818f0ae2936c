import { act, render, screen, waitFor } from '@testing-library/react';
import type { QrLookup } from '@contract/tickets';
import { ReportForm } from '../src/components/report/ReportForm';
import { send, type HttpRequest } from '../src/services/transport';
import { platform } from '../src/platform';
import { createdTicket, wardLookup } from './fixtures';
import { fakeApi, find, isDisabled, tap, type } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
// Following the open ticket opens it: the page change is recorded, not made (no router in jsdom).
// Taro's default export in jsdom lacks the storage API the draft uses: its named exports have it.
const mockRedirectTo = jest.fn(async (_opts: { url: string }) => undefined);
jest.mock('@tarojs/taro', () => {
  // Taro's H5 module loads itself back while it loads: read it only when asked.
  const actual = () => jest.requireActual('@tarojs/taro-h5') as Record<string, unknown>;
  const taro = new Proxy({}, {
    get: (_t, key) => (key === 'redirectTo' ? mockRedirectTo : (Reflect.get(actual().default as object, key) ?? Reflect.get(actual(), key))),
  });
  // A proxy, not a spread: reading every export of Taro's H5 module at once fails in jsdom.
  return new Proxy({}, { get: (_t, key) => (key === 'default' ? taro : key === '__esModule' ? true : Reflect.get(actual(), key)) });
});
jest.mock('../src/platform', () => ({
  platform: {
    chooseImages: jest.fn(),
    prepareImage: jest.fn(async (image: unknown) => image),
    uploadFile: jest.fn(async () => ({ statusCode: 204, data: '' })),
    scanCode: jest.fn(),
    login: jest.fn(),
    requestSubscribe: jest.fn(),
    getLaunchQrCode: jest.fn(),
    loginMode: 'demo',
  },
}));

const sendMock = send as jest.MockedFunction<typeof send>;
const chooseImages = platform.chooseImages as jest.MockedFunction<typeof platform.chooseImages>;
const uploadFile = platform.uploadFile as jest.MockedFunction<typeof platform.uploadFile>;

const submitButton = () => document.querySelector('.report-form__submit-btn') as HTMLElement;
const duplicateAnswer = {
  status: 409,
  data: {
    error: {
      code: 'conflict',
      message: 'This fault is already reported as BX20261123-0007',
      messageZh: '该故障已有工单 BX20261123-0007 在处理，可直接关注；如确为不同故障请确认后再提交',
      details: [],
      duplicateOf: { id: 't-open', number: 'BX20261123-0007', status: 'assigned' },
    },
  },
};

/** The fake API: the first report is a possible duplicate, a report with notADuplicate is created; uploads counted. */
function duplicateThenCreated() {
  let grants = 0;
  return fakeApi({
    'POST /v1/uploads': () => ({ status: 201, data: { url: 'http://s3.local/photos', fields: { key: `uploads/p${++grants}.jpg` }, key: `uploads/p${grants}.jpg`, expiresAt: '2026-11-23T06:10:00.000Z' } }),
    'POST /v1/tickets': (req) => ((req.data as { notADuplicate?: boolean }).notADuplicate ? { status: 201, data: createdTicket({ id: 't2' }) } : duplicateAnswer),
    'POST /v1/tickets/t-open/follow': () => ({ status: 200, data: createdTicket({ id: 't-open', following: true }) }),
  });
}
const ticketPosts = (calls: HttpRequest[]) => calls.filter((c) => c.url.endsWith('/v1/tickets')).map((c) => c.data as Record<string, unknown>);

beforeEach(() => {
  sendMock.mockReset();
  chooseImages.mockReset();
  uploadFile.mockClear();
  localStorage.clear();
});

describe('a possible duplicate', () => {
  it('offers to follow the open ticket or to report another fault, and uploads the photo once', async () => {
    const fake = duplicateThenCreated();
    sendMock.mockImplementation(fake.handler);
    chooseImages.mockResolvedValueOnce([{ path: 'blob:photo-1', size: 1200, contentType: 'image/jpeg' }]);
    const onSubmitted = jest.fn();
    render(<ReportForm lookup={wardLookup} onSubmitted={onSubmitted} />);
    await tap(screen.getByText('插座没电'));
    await tap(screen.getByTestId('photo-add'));
    await tap(submitButton());

    const choice = await waitFor(() => screen.getByTestId('duplicate-choice'));
    expect(choice.textContent).toContain('BX20261123-0007');
    expect(screen.getByTestId('duplicate-follow').textContent).toBe('关注');
    expect(screen.getByTestId('duplicate-another').textContent).toBe('我的是另一个故障');
    // The plain submit waits for the choice.
    expect(isDisabled(submitButton())).toBe(true);

    await tap(screen.getByTestId('duplicate-another'));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    const [first, second] = ticketPosts(fake.calls);
    expect(first).toEqual({ qrCode: 'R-B5-0312', categoryCode: 'power', description: '插座没电', urgency: 'normal', photoKeys: ['uploads/p1.jpg'] });
    expect(second).toEqual({ ...first, notADuplicate: true });
    expect(uploadFile).toHaveBeenCalledTimes(1);
    expect(fake.calls.filter((c) => c.url.endsWith('/v1/uploads'))).toHaveLength(1);
  });

  it('follows the open ticket instead, reporting nothing new', async () => {
    const fake = duplicateThenCreated();
    sendMock.mockImplementation(fake.handler);
    render(<ReportForm lookup={wardLookup} onSubmitted={jest.fn()} />);
    await tap(screen.getByText('插座没电'));
    await tap(submitButton());
    await tap(await waitFor(() => screen.getByTestId('duplicate-follow')));
    await waitFor(() => expect(mockRedirectTo).toHaveBeenCalledWith({ url: '/pages/ticket/index?id=t-open' }));
    expect(fake.calls.filter((c) => c.url.endsWith('/v1/tickets/t-open/follow'))).toHaveLength(1);
    expect(ticketPosts(fake.calls)).toHaveLength(1);
  });

  it('offers a guest no follow of a ticket the lookup says they may not open', async () => {
    const fake = duplicateThenCreated();
    sendMock.mockImplementation(fake.handler);
    const open = { ...createdTicket({ id: 't-open', number: 'BX20261123-0007', status: 'assigned' }), mayOpen: false } as unknown as QrLookup['openTickets'][number];
    render(<ReportForm lookup={{ ...wardLookup, openTickets: [open] }} onSubmitted={jest.fn()} />);
    await tap(screen.getByText('插座没电'));
    await tap(submitButton());
    await waitFor(() => screen.getByTestId('duplicate-choice'));
    expect(screen.queryByTestId('duplicate-follow')).toBeNull();
    expect(screen.getByTestId('duplicate-another')).toBeTruthy();
  });
});

describe('the draft', () => {
  it('comes back after a reload: text, category, urgency and the uploaded photo, which is not uploaded again', async () => {
    const fake = duplicateThenCreated();
    sendMock.mockImplementation(fake.handler);
    chooseImages.mockResolvedValueOnce([{ path: 'blob:photo-reload', size: 1200, contentType: 'image/jpeg' }]);
    const first = render(<ReportForm lookup={wardLookup} onSubmitted={jest.fn()} />);
    await tap(screen.getByTestId('category-water'));
    await tap(screen.getByText('漏水'));
    await type(await find<HTMLTextAreaElement>('textarea'), '漏水，水管在滴');
    await tap(screen.getByTestId('urgency').children[1] as Element);
    await tap(screen.getByTestId('photo-add'));
    await tap(submitButton());
    await waitFor(() => screen.getByTestId('duplicate-choice'));
    first.unmount();
    expect(Object.keys(localStorage)).toEqual(['report-draft:R-B5-0312']);

    const onSubmitted = jest.fn();
    render(<ReportForm lookup={wardLookup} onSubmitted={onSubmitted} />);
    await waitFor(async () => expect((await find<HTMLTextAreaElement>('textarea')).value).toBe('漏水，水管在滴'));
    expect(screen.getByTestId('category-water').className).toContain('chip--active');
    expect((screen.getByTestId('urgency').children[1] as Element).className).toContain('urgency__item--active');
    expect(screen.getAllByTestId('photo-restored')).toHaveLength(1);

    await tap(submitButton());
    await tap(await waitFor(() => screen.getByTestId('duplicate-another')));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(ticketPosts(fake.calls).map((b) => b.photoKeys)).toEqual([['uploads/p1.jpg'], ['uploads/p1.jpg'], ['uploads/p1.jpg']]);
    expect(uploadFile).toHaveBeenCalledTimes(1);
  });

  it('is gone once the report is made', async () => {
    sendMock.mockResolvedValue({ status: 201, data: createdTicket() });
    const first = render(<ReportForm lookup={wardLookup} onSubmitted={jest.fn()} />);
    await tap(screen.getByText('灯不亮'));
    await tap(submitButton());
    await waitFor(() => expect(sendMock).toHaveBeenCalled());
    first.unmount();
    expect(Object.keys(localStorage)).toEqual([]);
    render(<ReportForm lookup={wardLookup} onSubmitted={jest.fn()} />);
    await waitFor(async () => expect((await find<HTMLTextAreaElement>('textarea')).value).toBe(''));
  });
});

describe('the device picker at a room label', () => {
  const ctRoom: QrLookup = {
    ...wardLookup,
    code: 'R-OPD-0204',
    categories: [
      { code: 'medical_equipment', nameZh: '医疗设备', nameEn: 'Medical equipment', team: '医学工程科', sla: wardLookup.categories[0]!.sla, quickPhrases: [{ zh: '无法开机', en: 'Will not switch on' }], signatureRequired: false, suggested: false },
      ...wardLookup.categories.map((c) => ({ ...c, suggested: false })),
    ],
    roomDevices: [
      { id: 'A-CT1', name: 'CT', type: 'ct_scanner', model: 'uCT 760', serial: null, vendor: null, installDate: null, categoryCode: 'medical_equipment', lifeSupport: false, locationId: 'OPD-0204', qrCode: null },
      { id: 'A-AC1', name: '空调', type: 'air_conditioner', model: null, serial: null, vendor: null, installDate: null, categoryCode: 'hvac', lifeSupport: false, locationId: 'OPD-0204', qrCode: null },
    ] as QrLookup['roomDevices'],
  };

  it("offers the chosen category's devices of the room and reports the one picked", async () => {
    sendMock.mockResolvedValue({ status: 201, data: createdTicket() });
    render(<ReportForm lookup={ctRoom} onSubmitted={jest.fn()} />);
    expect(screen.queryByTestId('device-picker')).toBeNull();
    await tap(screen.getByTestId('category-medical_equipment'));
    const picker = screen.getByTestId('device-picker');
    expect(Array.from(picker.querySelectorAll('.chip')).map((c) => c.textContent)).toEqual(['CT · uCT 760', '不是这些设备']);
    await tap(screen.getByTestId('device-A-CT1'));
    await tap(screen.getByText('无法开机'));
    await act(async () => {
      submitButton().click();
    });
    await waitFor(() => expect(sendMock).toHaveBeenCalled());
    expect((sendMock.mock.calls[0]![0] as HttpRequest).data).toMatchObject({ qrCode: 'R-OPD-0204', categoryCode: 'medical_equipment', assetId: 'A-CT1' });
  });

  it('drops the picked device when another category is chosen', async () => {
    sendMock.mockResolvedValue({ status: 201, data: createdTicket() });
    render(<ReportForm lookup={ctRoom} onSubmitted={jest.fn()} />);
    await tap(screen.getByTestId('category-medical_equipment'));
    await tap(screen.getByTestId('device-A-CT1'));
    await tap(screen.getByTestId('category-power'));
    await tap(screen.getByText('灯不亮'));
    await tap(submitButton());
    await waitFor(() => expect(sendMock).toHaveBeenCalled());
    expect((sendMock.mock.calls[0]![0] as HttpRequest).data).not.toHaveProperty('assetId');
  });
});
