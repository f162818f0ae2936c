import { knownError, type WeChatBody } from './reply';

/**
 * The phone button's codes of the fake. A real code is opaque, valid 5 minutes and usable once;
 * here the code names the number it stands for, so a test says which phone WeChat verifies:
 * `phonecode-<11-digit mobile>` or `phonecode-<mobile>.<anything>` → +86 <mobile>. Each code
 * works once (a second use answers 40029, as WeChat does); "busy" (-1) and "too frequent"
 * (45011) are queued with the fake's faults (POST /__faults).
 */
const CODE = /^phonecode-(1\d{10})(?:\.[A-Za-z0-9_-]{1,64})?$/;

export class PhoneNumberCodes {
  private readonly used = new Set<string>();

  constructor(
    private readonly appId: string,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** POST /wxa/business/getuserphonenumber {code}, after the access token was checked. */
  verify(body: unknown): WeChatBody {
    const code = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).code : undefined;
    if (typeof code !== 'string' || code === '') return knownError(41008);
    const match = CODE.exec(code);
    if (!match || this.used.has(code)) return knownError(40029);
    this.used.add(code);
    const pure = match[1]!;
    return {
      errcode: 0,
      errmsg: 'ok',
      phone_info: { phoneNumber: `+86${pure}`, purePhoneNumber: pure, countryCode: '86', watermark: { timestamp: Math.floor(this.nowMs() / 1000), appid: this.appId } },
    };
  }

  reset(): void {
    this.used.clear();
  }
}
