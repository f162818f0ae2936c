import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Session } from '@contract/users';
import { LinkStaff } from '../src/components/login/LinkStaff';
import { send, type HttpRequest } from '../src/services/transport';
import { platform } from '../src/platform';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
jest.mock('../src/platform', () => ({
  platform: { login: jest.fn(), phoneCode: jest.fn(), phoneCodeOn: 'tap', loginMode: 'wechat' },
}));

const sendMock = send as jest.MockedFunction<typeof send>;
const login = platform.login as jest.MockedFunction<typeof platform.login>;
const phoneCode = platform.phoneCode as jest.MockedFunction<typeof platform.phoneCode>;

const session: Session = {
  token: 't',
  expiresAt: '2026-11-23T20:00:00.000Z',
  user: { id: 'tech-qian', hospitalId: 'demo', hospitalName: '演示医院', name: '钱师傅', roles: ['technician'], department: '电工班', skills: ['power'], phone: null, kind: 'staff' },
};

/** What the page does with a sign-in: run it and keep its session. */
function renderLink() {
  const signedIn: Session[] = [];
  const finish = jest.fn(async (signIn: () => Promise<Session>) => {
    signedIn.push(await signIn());
  });
  const refused = jest.fn();
  render(<LinkStaff finish={finish} busy={null} onRefused={refused} />);
  return { signedIn, refused };
}

async function tap(el: Element) {
  await act(async () => {
    fireEvent.click(el);
  });
}

beforeEach(() => {
  sendMock.mockReset();
  login.mockReset();
  phoneCode.mockReset();
});

describe('linking a staff account on the sign-in page', () => {
  it('sends the wx.login code with the phone button code to link-phone', async () => {
    login.mockResolvedValue('wxcode-qian.1');
    phoneCode.mockReturnValue('phonecode-13700001111.1');
    sendMock.mockResolvedValue({ status: 200, data: session });
    const { signedIn } = renderLink();
    await tap(screen.getByText('用微信手机号关联'));
    await waitFor(() => expect(signedIn).toHaveLength(1));
    const request = sendMock.mock.calls[0]![0] as HttpRequest;
    expect(request.url).toBe('/v1/auth/link-phone');
    expect(request.data).toEqual({ code: 'wxcode-qian.1', phoneCode: 'phonecode-13700001111.1' });
  });

  it('says how else to link when the user shares no phone number, and calls nothing', async () => {
    phoneCode.mockReturnValue(null);
    const { refused } = renderLink();
    await tap(screen.getByText('用微信手机号关联'));
    expect(refused).toHaveBeenCalledWith('未获得手机号授权，可改用邀请码关联');
    expect(sendMock).not.toHaveBeenCalled();
  });

  it('redeems the typed invite code, upper-cased', async () => {
    login.mockResolvedValue('wxcode-qian.2');
    sendMock.mockResolvedValue({ status: 200, data: session });
    const { signedIn } = renderLink();
    const input = await waitFor(() => {
      const el = document.querySelector('[data-testid="invite-code"] input, input[data-testid="invite-code"], .login__invite-input input');
      if (!el) throw new Error('no input yet');
      return el as HTMLInputElement;
    });
    await act(async () => {
      fireEvent.input(input, { target: { value: 'k7m2p9qx4rta' } });
    });
    await tap(screen.getByText('用邀请码关联'));
    await waitFor(() => expect(signedIn).toHaveLength(1));
    const request = sendMock.mock.calls[0]![0] as HttpRequest;
    expect(request.url).toBe('/v1/auth/redeem-invite');
    expect(request.data).toEqual({ code: 'wxcode-qian.2', inviteCode: 'K7M2P9QX4RTA' });
  });
});
