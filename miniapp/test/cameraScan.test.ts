import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { scanWithCamera } from '../src/platform/cameraScan.h5';

/** A browser whose camera API answers as given. */
function cameraThat(answer: () => Promise<MediaStream>) {
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: jest.fn(answer) } });
}
const refused = (name: string) => () => Promise.reject(Object.assign(new Error(name), { name }));

async function typeCode(code: string) {
  const input = await screen.findByRole('textbox');
  fireEvent.input(input, { target: { value: code } });
  fireEvent.submit(input.closest('form')!);
}

beforeEach(() => {
  // jsdom draws no canvas: a stand-in 2D context (its video never has a frame to draw).
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => ({ canvas: document.createElement('canvas') }) });
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanning with the browser camera', () => {
  it('offers typing the code, saying the camera was refused, when permission is denied', async () => {
    cameraThat(refused('NotAllowedError'));
    const scanned = scanWithCamera();
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '未获得摄像头权限：请输入标签上的编号，或在浏览器设置中允许使用摄像头');
    await typeCode(' R-B5-0501 ');
    await expect(scanned).resolves.toBe('R-B5-0501');
  });

  it('says there is no camera when the device has none, and cancelling gives nothing', async () => {
    cameraThat(refused('NotFoundError'));
    const scanned = scanWithCamera();
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '没有可用的摄像头，请输入标签上的编号');
    fireEvent.click(screen.getByText('取消'));
    await expect(scanned).resolves.toBeNull();
  });

  it('says the browser cannot use a camera where there is no camera API (an http:// page)', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
    const scanned = scanWithCamera();
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '此浏览器无法使用摄像头扫码，请输入标签上的编号');
    await typeCode('R-B5-0502');
    await expect(scanned).resolves.toBe('R-B5-0502');
  });

  it('stops the camera when the user chooses to type the code from the viewfinder', async () => {
    const track = { stop: jest.fn() };
    cameraThat(async () => ({ getTracks: () => [track] }) as unknown as MediaStream);
    // jsdom plays no video: the viewfinder waits for frames that never come.
    Object.defineProperty(HTMLMediaElement.prototype, 'play', { configurable: true, value: () => Promise.resolve() });
    const scanned = scanWithCamera();
    fireEvent.click(await screen.findByText('输入编号'));
    await waitFor(() => expect(track.stop).toHaveBeenCalled());
    expect(document.querySelector('.h5-scan-camera')).toBeNull();
    await typeCode('R-B5-0503');
    await expect(scanned).resolves.toBe('R-B5-0503');
  });
});
