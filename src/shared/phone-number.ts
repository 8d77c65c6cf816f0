/**
 * UK mobile numbers, the only numbers a text goes to. People write them many ways
 * ("07700 900123", "+44 7700 900123", "0044 (0)7700-900123"); all become one form,
 * +447xxxxxxxxx (E.164), which is what is stored and sent.
 */
const SEPARATORS = /[\s\-().]/g;

/** The number as +447xxxxxxxxx, or null when it is not a UK mobile number. */
export function ukMobile(input: string): string | null {
  let digits = input.trim().replace(SEPARATORS, '');
  if (digits.startsWith('+44')) digits = digits.slice(3);
  else if (digits.startsWith('0044')) digits = digits.slice(4);
  else if (digits.startsWith('44') && digits.length === 12) digits = digits.slice(2);
  // "+44 (0)7700 ..." keeps the trunk 0 after the country code.
  if (digits.startsWith('07')) digits = digits.slice(1);
  // UK mobiles are 07 followed by 9 digits; 070 is personal numbering and 076 pagers, not mobiles.
  if (!/^7[1-57-9]\d{8}$/.test(digits)) return null;
  return `+44${digits}`;
}

/** "07700 900123": how a stored number is shown to staff. */
export function ukMobileWords(e164: string): string {
  const national = `0${e164.replace(/^\+44/, '')}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}
