import { InvalidError } from '../errors';
import type { CategoryRecord, SignOff, UserRecord } from '../records';

/** What a confirmation brings for the sign-off (签字确认): whether its category requires one, and the signature given. */
export interface SignOffInput {
  required: boolean;
  signature: { key: string; signerName: string } | null;
}

export const NO_SIGN_OFF: SignOffInput = { required: false, signature: null };

/** A category asks for the department's signature only when its admin said so (absent: no). */
export function signatureRequired(category: Pick<CategoryRecord, 'signatureRequired'> | null): boolean {
  return category?.signatureRequired === true;
}

export const signatureMissing = () =>
  new InvalidError(
    "This repair is confirmed with the reporting department's signature; sign on the screen, then confirm",
    '该类别须由报修科室签字确认，请在屏幕上签字后再确认',
    [{ field: 'body.signatureKey', code: 'signature_required', message: 'Sign on the screen', messageZh: '请在屏幕上签字' }],
  );

/**
 * The sign-off a satisfied confirmation keeps: the signature given (whether required or not), or
 * none where the category does not ask for one. A required one that is missing is refused (400).
 */
export function signOffOf(input: SignOffInput, user: UserRecord, at: string): SignOff | null {
  if (input.signature) return { key: input.signature.key, signerName: input.signature.signerName, byId: user.id, at };
  if (input.required) throw signatureMissing();
  return null;
}
