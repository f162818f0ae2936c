import { InvalidError } from '../errors';
import { aTicket, people } from '../testing/factories';
import { ticketSheetRow } from '../reports/ticketSheet';
import { confirm, reopen, type LifecycleContext } from './lifecycle';
import { DEFAULT_LIFECYCLE_POLICY } from './policy';
import { signatureRequired } from './signOff';

const at = (iso: string): LifecycleContext => ({ now: new Date(iso), policy: DEFAULT_LIFECYCLE_POLICY });
const completed = () => aTicket({ status: 'completed', assigneeId: 'tech-zhao', completedAt: '2026-11-23T03:00:00.000Z' });
const drawn = { key: 'h/h1/p/01SIGNATURE.png', signerName: '何护士' };

function refusal(run: () => unknown): [string, string, string][] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidError);
    const error = e as InvalidError;
    return error.problems.map((p) => [p.field, p.code, error.messageZh]);
  }
  throw new Error('expected a refusal');
}

describe('the sign-off of a confirmation (签字确认)', () => {
  it('is required only where the category says so', () => {
    expect(signatureRequired({ signatureRequired: true })).toBe(true);
    expect(signatureRequired({ signatureRequired: false })).toBe(false);
    expect(signatureRequired({})).toBe(false);
    expect(signatureRequired(null)).toBe(false);
  });

  it('refuses a satisfied confirmation without a signature where the category requires one', () => {
    expect(refusal(() => confirm(at('2026-11-23T04:00:00Z'), completed(), people.nurse, true, undefined, { required: true, signature: null }))).toEqual([
      ['body.signatureKey', 'signature_required', '该类别须由报修科室签字确认，请在屏幕上签字后再确认'],
    ]);
  });

  it('keeps the signature, its signer, the confirmer and the time on the confirmed ticket', () => {
    const c = confirm(at('2026-11-23T04:00:00Z'), completed(), people.colleague, true, undefined, { required: true, signature: drawn });
    expect(c.after.status).toBe('confirmed');
    expect(c.after.signature).toEqual({ key: 'h/h1/p/01SIGNATURE.png', signerName: '何护士', byId: 'nurse-he', at: '2026-11-23T04:00:00.000Z' });
    expect(c.event.data).toEqual({ signed: true });
  });

  it('keeps a signature given where none is required, and needs none otherwise', () => {
    expect(confirm(at('2026-11-23T04:00:00Z'), completed(), people.nurse, true, undefined, { required: false, signature: drawn }).after.signature?.key).toBe(
      'h/h1/p/01SIGNATURE.png',
    );
    expect(confirm(at('2026-11-23T04:00:00Z'), completed(), people.nurse, true, undefined).after.signature).toBeNull();
  });

  it('needs no signature to say the repair did not work', () => {
    const c = confirm(at('2026-11-23T04:00:00Z'), completed(), people.nurse, false, '还是不亮', { required: true, signature: null });
    expect(c.after.status).toBe('assigned');
  });

  it('asks who may not confirm for no signature: 403/409 come first', () => {
    const submitted = aTicket();
    expect(() => confirm(at('2026-11-23T04:00:00Z'), submitted, people.nurse, true, undefined, { required: true, signature: null })).toThrow(/confirm/);
    expect(() => confirm(at('2026-11-23T04:00:00Z'), completed(), people.doctor, true, undefined, { required: true, signature: null })).toThrow(/may not confirm/);
  });

  it('drops the old sign-off when the work is reopened, so the redone repair is signed anew', () => {
    const confirmed = confirm(at('2026-11-23T04:00:00Z'), completed(), people.nurse, true, undefined, { required: true, signature: drawn }).after;
    expect(reopen(at('2026-11-24T04:00:00Z'), confirmed, people.nurse, '又坏了').after.signature).toBeNull();
  });

  it('says 是 in the workbook only for a signed ticket', () => {
    const signed = confirm(at('2026-11-23T04:00:00Z'), completed(), people.nurse, true, undefined, { required: true, signature: drawn }).after;
    const unsigned = confirm(at('2026-11-23T04:00:00Z'), completed(), people.nurse, true, undefined).after;
    expect(ticketSheetRow(signed, 'Asia/Shanghai').signed).toBe(true);
    expect(ticketSheetRow(unsigned, 'Asia/Shanghai').signed).toBe(false);
  });
});
