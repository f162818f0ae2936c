import { PhoneNumberCodes } from './phoneNumbers';

describe('getuserphonenumber (fake)', () => {
  const codes = () => new PhoneNumberCodes('wx-local', () => Date.parse('2026-11-23T08:00:00Z'));

  it('answers the number a code stands for, with the watermark of the app', () => {
    expect(codes().verify({ code: 'phonecode-13800138000.a1' })).toEqual({
      errcode: 0,
      errmsg: 'ok',
      phone_info: { phoneNumber: '+8613800138000', purePhoneNumber: '13800138000', countryCode: '86', watermark: { timestamp: 1795420800, appid: 'wx-local' } },
    });
  });

  it('takes each code once: a second use is 40029', () => {
    const fake = codes();
    expect(fake.verify({ code: 'phonecode-13800138000.once' }).errcode).toBe(0);
    expect(fake.verify({ code: 'phonecode-13800138000.once' }).errcode).toBe(40029);
  });

  it('answers 40029 to a code it never issued and 41008 to a missing one', () => {
    expect(codes().verify({ code: 'wxcode-nurse.1' }).errcode).toBe(40029);
    expect(codes().verify({ code: 'phonecode-123' }).errcode).toBe(40029);
    expect(codes().verify({}).errcode).toBe(41008);
  });
});
