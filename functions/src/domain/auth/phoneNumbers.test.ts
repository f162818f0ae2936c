import { normalisePhone, normaliseVerifiedPhone } from './phoneNumbers';

describe('phone numbers as the register and WeChat write them', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+86-13800138000', '+8613800138000'],
    ['008613800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['+852 9123 4567', '+85291234567'],
  ])('reads %p as %p', (text, expected) => {
    expect(normalisePhone(text)).toBe(expected);
  });

  it.each([[null], [''], ['12345'], ['010-12345678'], ['not a phone'], ['+12']])('finds no mobile number in %p', (text) => {
    expect(normalisePhone(text)).toBeNull();
  });

  it("compares WeChat's verified number with the register's", () => {
    expect(normaliseVerifiedPhone({ countryCode: '86', purePhoneNumber: '13800138000' })).toBe('+8613800138000');
    expect(normaliseVerifiedPhone({ countryCode: '852', purePhoneNumber: '91234567' })).toBe('+85291234567');
  });
});
