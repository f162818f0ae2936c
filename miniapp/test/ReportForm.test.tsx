import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReportForm } from '../src/components/report/ReportForm';
import { send, type HttpRequest, type HttpResponse } from '../src/services/transport';
import { platform } from '../src/platform';
import { createdTicket, wardLookup } from './fixtures';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
jest.mock('../src/platform', () => ({
  platform: { chooseImages: jest.fn(), scanCode: jest.fn(), uploadFile: jest.fn(), login: jest.fn(), requestSubscribe: jest.fn(), getLaunchQrCode: jest.fn(), loginMode: 'demo', onReconnect: jest.fn(() => () => undefined), isOnline: jest.fn(async () => true) },
}));

const sendMock = send as jest.MockedFunction<typeof send>;
const chooseImages = platform.chooseImages as jest.MockedFunction<typeof platform.chooseImages>;

function submitButton(): HTMLElement {
  return document.querySelector('.report-form__submit-btn') as HTMLElement;
}
function isDisabled(el: HTMLElement): boolean {
  return el.className.includes('nut-button-disabled') || el.hasAttribute('disabled');
}
// Taro's H5 components render their native element a tick after mounting.
async function textarea(): Promise<HTMLTextAreaElement> {
  return waitFor(() => {
    const el = document.querySelector('textarea');
    if (!el) throw new Error('no textarea yet');
    return el;
  });
}
function phoneInput(): HTMLInputElement {
  return document.querySelector('input[name="contactPhone"], .report-form__phone-input input') as HTMLInputElement;
}
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    fireEvent.input(el, { target: { value } });
  });
}
async function tap(el: Element) {
  await act(async () => {
    fireEvent.click(el);
  });
}

function renderForm(onSubmitted = jest.fn()) {
  render(<ReportForm lookup={wardLookup} onSubmitted={onSubmitted} />);
  return onSubmitted;
}

beforeEach(() => {
  sendMock.mockReset();
  chooseImages.mockReset();
  // The form keeps its draft in storage (a reload brings it back): every test starts without one.
  localStorage.clear();
});

describe('the report form', () => {
  it('puts the suggested categories first and preselects the first of them', () => {
    renderForm();
    const chips = Array.from(document.querySelectorAll('[data-testid^="category-"]')).map((c) => c.getAttribute('data-testid'));
    expect(chips).toEqual(['category-power', 'category-water', 'category-it']);
    expect(screen.getByTestId('category-power').className).toContain('chip--active');
    expect(screen.getByText('灯不亮')).toBeTruthy();
  });

  it('offers phrases of every category when none fits the place, and one tap picks both', async () => {
    const noSuggestion = { ...wardLookup, categories: wardLookup.categories.map((c) => ({ ...c, suggested: false })) };
    render(<ReportForm lookup={noSuggestion} onSubmitted={jest.fn()} />);
    expect(document.querySelector('.chip--active')).toBeNull();
    expect(document.querySelector('.report-form__missing')?.textContent).toBe('请选择报修类别');
    await tap(screen.getByText('漏水'));
    expect(screen.getByTestId('category-water').className).toContain('chip--active');
    await waitFor(async () => expect((await textarea()).value).toBe('漏水'));
    expect(isDisabled(submitButton())).toBe(false);
  });

  it('keeps submit disabled until the fault is described, and says what is missing', async () => {
    renderForm();
    expect(isDisabled(submitButton())).toBe(true);
    expect(document.querySelector('.report-form__missing')?.textContent).toBe('请描述故障现象');

    await tap(screen.getByText('灯不亮'));
    await waitFor(async () => expect((await textarea()).value).toBe('灯不亮'));
    expect(isDisabled(submitButton())).toBe(false);
  });

  it('shows a message when the description is cleared', async () => {
    renderForm();
    await type(await textarea(), '插座冒烟');
    await type(await textarea(), '   ');
    expect(screen.getByTestId('error-description').textContent).toBe('请描述故障现象');
    expect(isDisabled(submitButton())).toBe(true);
  });

  it('refuses a malformed contact phone and accepts a landline with extension', async () => {
    renderForm();
    await tap(screen.getByText('灯不亮'));
    await type(phoneInput(), '12ab');
    expect(screen.getByTestId('error-contactPhone').textContent).toBe('电话号码格式不正确');
    expect(isDisabled(submitButton())).toBe(true);
    await type(phoneInput(), '0756-2528-1234');
    expect(screen.queryByTestId('error-contactPhone')).toBeNull();
    expect(isDisabled(submitButton())).toBe(false);
  });

  it('takes at most 9 photos, asking the picker only for what is left', async () => {
    renderForm();
    const pics = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ path: `blob:p${from + i}`, size: 1000 }));
    chooseImages.mockResolvedValueOnce(pics(6, 0)).mockResolvedValueOnce(pics(5, 6));
    await tap(screen.getByTestId('photo-add'));
    expect(chooseImages).toHaveBeenLastCalledWith(9);
    expect(screen.getAllByTestId('photo-thumb')).toHaveLength(6);

    await tap(screen.getByTestId('photo-add'));
    expect(chooseImages).toHaveBeenLastCalledWith(3);
    // Even if a picker returns more than asked, the form keeps 9 and hides the add tile.
    expect(screen.getAllByTestId('photo-thumb')).toHaveLength(9);
    expect(screen.queryByTestId('photo-add')).toBeNull();

    await tap(document.querySelector('.photo-picker__remove') as Element);
    expect(screen.getAllByTestId('photo-thumb')).toHaveLength(8);
    expect(screen.getByTestId('photo-add')).toBeTruthy();
  });

  it('disables submit while the report is being sent', async () => {
    renderForm();
    let answer: (r: HttpResponse) => void = () => undefined;
    sendMock.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    await tap(screen.getByText('灯不亮'));
    await tap(submitButton());
    expect(isDisabled(submitButton())).toBe(true);
    expect(submitButton().textContent).toContain('提交中');
    await tap(submitButton());
    expect(sendMock).toHaveBeenCalledTimes(1);
    await act(async () => answer({ status: 201, data: createdTicket() }));
  });

  it('sends the same Idempotency-Key when the nurse retries after a lost answer', async () => {
    const onSubmitted = renderForm();
    sendMock.mockRejectedValueOnce(new Error('request:fail timeout')).mockResolvedValueOnce({ status: 201, data: createdTicket() });
    await tap(screen.getByText('灯不亮'));
    await tap(screen.getByTestId('urgency').children[1] as Element);
    await tap(submitButton());

    expect(screen.getByTestId('submit-error').textContent).toBe('网络不可用，请检查网络后重试');
    expect(submitButton().textContent).toContain('重试');
    await tap(submitButton());

    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    const [first, second] = sendMock.mock.calls.map((c) => c[0] as HttpRequest);
    expect(first?.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(second?.header['Idempotency-Key']).toBe(first?.header['Idempotency-Key']);
    expect(second?.data).toEqual({ qrCode: 'R-B5-0312', categoryCode: 'power', description: '灯不亮', urgency: 'urgent', photoKeys: [] });
    expect(second?.header['Accept-Language']).toBe('zh-CN');
  });

  it('starts a new submission with a new key once the report is changed', async () => {
    renderForm();
    sendMock.mockRejectedValueOnce(new Error('timeout')).mockResolvedValueOnce({ status: 201, data: createdTicket() });
    await tap(screen.getByText('灯不亮'));
    await tap(submitButton());
    await type(await textarea(), '灯不亮，闪烁');
    await tap(submitButton());
    const [first, second] = sendMock.mock.calls.map((c) => (c[0] as HttpRequest).header['Idempotency-Key']);
    expect(second).not.toBe(first);
  });

  it("shows the server's field message in Chinese", async () => {
    renderForm();
    sendMock.mockResolvedValueOnce({
      status: 400,
      data: {
        error: {
          code: 'validation_failed',
          message: 'Invalid request',
          messageZh: '请求无效',
          details: [{ field: 'description', code: 'too_small', message: 'Too short', messageZh: '描述太短' }],
        },
      },
    });
    await tap(screen.getByText('灯不亮'));
    await tap(submitButton());
    expect(screen.getByTestId('submit-error').textContent).toBe('请求无效');
    expect(screen.getByTestId('error-description').textContent).toBe('描述太短');
    expect(submitButton().textContent).toContain('提交报修');
  });

  it('shows a refusal for too many reports and keeps the draft for later, with its key', async () => {
    renderForm();
    sendMock
      .mockResolvedValueOnce({
        status: 429,
        data: { error: { code: 'rate_limited', message: 'Too many reports; try again in 26 minutes', messageZh: '报修过于频繁，请 26 分钟后再试', details: [] } },
      })
      .mockResolvedValueOnce({ status: 201, data: createdTicket() });
    await tap(screen.getByText('灯不亮'));
    await type(await textarea(), '灯不亮，整排都不亮');
    await tap(screen.getByTestId('urgency').children[1] as Element);
    await tap(submitButton());

    expect(screen.getByTestId('submit-error').textContent).toBe('报修过于频繁，请 26 分钟后再试');
    expect((await textarea()).value).toBe('灯不亮，整排都不亮');
    expect(screen.getByTestId('category-power').className).toContain('chip--active');
    expect(submitButton().textContent).toContain('重试');
    await tap(submitButton());
    const [first, second] = sendMock.mock.calls.map((c) => c[0] as HttpRequest);
    // Nothing was written by the refused report: trying again later sends the same report under the same key.
    expect(second?.header['Idempotency-Key']).toBe(first?.header['Idempotency-Key']);
    expect(second?.data).toEqual({ qrCode: 'R-B5-0312', categoryCode: 'power', description: '灯不亮，整排都不亮', urgency: 'urgent', photoKeys: [] });
  });
});
