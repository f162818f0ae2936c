/**
 * Mobile numbers as the staff register holds them ("138 0013 8000", "+86 138-0013-8000",
 * "0086…") and as WeChat verifies them (+86 and 13800138000), reduced to one form to compare:
 * `+<country code><number>`, digits only. A Chinese mobile number without a country code is +86.
 * Null when the text holds no plausible phone number.
 */
export function normalisePhone(text: string | null | undefined): string | null {
  if (!text) return null;
  const compact = text.replace(/[\s\-().\u00a0]/g, '');
  let international: string;
  if (/^\+\d+$/.test(compact)) international = compact;
  else if (/^00\d+$/.test(compact)) international = `+${compact.slice(2)}`;
  else if (/^1\d{10}$/.test(compact)) international = `+86${compact}`;
  else if (/^861\d{10}$/.test(compact)) international = `+${compact}`;
  else return null;
  const digits = international.length - 1;
  return digits >= 8 && digits <= 15 ? international : null;
}

/** The number WeChat verified, in the same form. */
export function normaliseVerifiedPhone(phone: { countryCode: string; purePhoneNumber: string }): string | null {
  return normalisePhone(`+${phone.countryCode}${phone.purePhoneNumber}`);
}
