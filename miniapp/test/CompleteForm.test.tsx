import { render, screen, waitFor } from '@testing-library/react';
import { CompleteForm } from '../src/components/tech/CompleteForm';
import { offlineQueue } from '../src/services/offline';
import { send } from '../src/services/transport';
import { createdTicket } from './fixtures';
import { fakeApi, find, isDisabled, tap, type } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
jest.mock('../src/components/toast', () => ({ toast: jest.fn() }));
jest.mock('../src/platform', () => ({
  platform: {
    chooseImages: jest.fn(),
    prepareImage: jest.fn(async (p: unknown) => p),
    uploadFile: jest.fn(async () => ({ statusCode: 204, data: '' })),
    scanCode: jest.fn(),
    login: jest.fn(),
    requestSubscribe: jest.fn(async () => ({})),
    getLaunchQrCode: jest.fn(),
    loginMode: 'demo',
    // The completion goes through the offline queue: sent at once when there is a signal.
    isOnline: jest.fn(async () => true),
    onReconnect: jest.fn(() => () => undefined),
    keepImage: jest.fn(async (p: unknown) => p),
  },
}));

const sendMock = send as jest.MockedFunction<typeof send>;
const submit = () => document.querySelector('.complete-form__submit') as HTMLElement;
const input = (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement;

// Taro's storage is not set up in jsdom: the offline queue keeps its items in localStorage here, as H5 does.
const taro = jest.requireActual<{ default: Record<string, unknown> }>('@tarojs/taro').default;
taro.getStorageSync = (key: string) => JSON.parse(localStorage.getItem(key) ?? '""') as unknown;
taro.setStorageSync = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value));

beforeEach(() => {
  sendMock.mockReset();
  localStorage.clear();
});

describe('the completion form', () => {
  it('asks for a note before anything is sent', async () => {
    render(<CompleteForm ticketId="t1" onCompleted={jest.fn()} />);
    await tap(submit());
    expect(screen.getByTestId('error-note').textContent).toBe('请填写维修说明');
    expect(isDisabled(submit())).toBe(true);
    expect(sendMock).not.toHaveBeenCalled();
  });

  it('checks every part: a name, a quantity above 0, a unit cost that is a number', async () => {
    render(<CompleteForm ticketId="t1" onCompleted={jest.fn()} />);
    await type(await find<HTMLTextAreaElement>('textarea'), '更换镇流器');
    await tap(screen.getByTestId('add-part'));
    await waitFor(() => expect(input('part-0-name')).toBeTruthy());
    await type(input('part-0-quantity'), '0');
    await type(input('part-0-unitCost'), 'abc');
    await tap(submit());
    const message = screen.getByTestId('part-error').textContent ?? '';
    expect(message).toContain('请填写配件名称');
    expect(message).toContain('数量须大于 0');
    expect(message).toContain('请填写正确的单价');
    expect(isDisabled(submit())).toBe(true);

    await type(input('part-0-name'), '镇流器');
    await type(input('part-0-quantity'), '2');
    await type(input('part-0-unitCost'), '35.5');
    expect(screen.queryByTestId('part-error')).toBeNull();
    expect(isDisabled(submit())).toBe(false);
    expect(document.querySelector('.card-title__extra')?.textContent).toBe('合计 ¥71.00');
  });

  it('drops a removed part from validation', async () => {
    render(<CompleteForm ticketId="t1" onCompleted={jest.fn()} />);
    await type(await find<HTMLTextAreaElement>('textarea'), '复位空开');
    await tap(screen.getByTestId('add-part'));
    await tap(submit());
    expect(screen.getByTestId('part-error')).toBeTruthy();
    await tap(document.querySelector('.part-row__remove') as Element);
    expect(screen.queryByTestId('part-row')).toBeNull();
    expect(isDisabled(submit())).toBe(false);
  });

  it('sends the note, the parts as numbers and the uploaded photo keys', async () => {
    const api = fakeApi({
      'POST /v1/uploads': () => ({ status: 201, data: { key: 'h1/u/p1.jpg', url: 'http://s3/bucket', fields: { key: 'h1/u/p1.jpg' }, expiresAt: '2026-11-23T07:00:00Z', maxBytes: 10485760 } }),
      'POST /v1/tickets/t1/complete': () => ({ status: 200, data: createdTicket({ status: 'completed' }) }),
    });
    sendMock.mockImplementation(api.handler);
    const { platform } = jest.requireMock('../src/platform') as { platform: { chooseImages: jest.Mock } };
    platform.chooseImages.mockResolvedValueOnce([{ path: 'wxfile://tmp/p1.jpg', size: 1000 }]);
    const onCompleted = jest.fn();
    render(<CompleteForm ticketId="t1" onCompleted={onCompleted} />);
    await type(await find<HTMLTextAreaElement>('textarea'), '更换镇流器，灯已亮');
    await tap(screen.getByTestId('add-part'));
    await waitFor(() => expect(input('part-0-name')).toBeTruthy());
    await type(input('part-0-name'), '镇流器');
    await type(input('part-0-unitCost'), '35');
    await tap(screen.getByTestId('photo-add'));
    await tap(submit());
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    const complete = api.calls.find((c) => c.url.endsWith('/complete'));
    expect(complete?.data).toEqual({ note: '更换镇流器，灯已亮', parts: [{ name: '镇流器', quantity: 1, unitCost: 35 }], photoKeys: ['h1/u/p1.jpg'] });
  });

  it('saves the completion on the phone when there is no signal, with its photo, and sends nothing', async () => {
    const { platform } = jest.requireMock('../src/platform') as { platform: { chooseImages: jest.Mock; isOnline: jest.Mock } };
    platform.isOnline.mockResolvedValue(false);
    platform.chooseImages.mockResolvedValueOnce([{ path: 'data:image/jpeg;base64,AAAA', size: 3, contentType: 'image/jpeg' }]);
    const onCompleted = jest.fn();
    render(<CompleteForm ticketId="t-offline" onCompleted={onCompleted} />);
    await type(await find<HTMLTextAreaElement>('textarea'), '地下室水泵已复位');
    await tap(screen.getByTestId('photo-add'));
    await tap(submit());
    await waitFor(() => expect(onCompleted).toHaveBeenCalledWith(null));
    expect(offlineQueue.pendingFor('t-offline')).toMatchObject([
      { command: 'complete', body: { note: '地下室水泵已复位', parts: [] }, photos: [{ path: 'data:image/jpeg;base64,AAAA' }] },
    ]);
    expect(sendMock).not.toHaveBeenCalled();
    platform.isOnline.mockResolvedValue(true);
  });

  it('refuses a file that is no photo when it is picked, with the reason', async () => {
    const { platform } = jest.requireMock('../src/platform') as { platform: { chooseImages: jest.Mock } };
    platform.chooseImages.mockResolvedValueOnce([{ path: 'blob:http://localhost/notes', size: 120, contentType: 'text/plain' }]);
    render(<CompleteForm ticketId="t1" onCompleted={jest.fn()} />);
    await tap(screen.getByTestId('photo-add'));
    const { toast } = jest.requireMock('../src/components/toast') as { toast: jest.Mock };
    await waitFor(() => expect(toast).toHaveBeenCalledWith('只能上传照片（JPG、PNG、WebP、HEIC），该文件不是照片'));
    expect(screen.queryByTestId('photo-thumb')).toBeNull();
  });
});
