import { skipToFirstScreen } from '../src/startup/firstScreen.h5';
import { getSession } from '../src/services/session';

// Taro's storage APIs are not in the jsdom build of Taro: the session is given here.
jest.mock('../src/services/session', () => ({ getSession: jest.fn(() => null) }));
const session = jest.mocked(getSession);

const signInAndBackHome = '#/pages/login/index?redirect=%2Fpages%2Fhome%2Findex';

describe('the H5 first screen of a newcomer', () => {
  afterEach(() => {
    session.mockReturnValue(null);
    window.location.hash = '';
  });

  it('goes straight to sign-in, and back home after it, from the app root or the home page', () => {
    for (const hash of ['', '#/', '#/pages/home/index']) {
      window.location.hash = hash;
      skipToFirstScreen();
      expect(window.location.hash).toBe(signInAndBackHome);
    }
  });

  it('leaves a signed-in user at home', () => {
    session.mockReturnValue({ token: 't' } as ReturnType<typeof getSession>);
    window.location.hash = '#/pages/home/index';
    skipToFirstScreen();
    expect(window.location.hash).toBe('#/pages/home/index');
  });

  it('leaves any other page to its own sign-in check (a scanned label keeps its code)', () => {
    window.location.hash = '#/pages/report/index?scene=R-B5-0301';
    skipToFirstScreen();
    expect(window.location.hash).toBe('#/pages/report/index?scene=R-B5-0301');
  });
});
