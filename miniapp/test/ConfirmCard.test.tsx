import { render, screen, waitFor } from '@testing-library/react';
import type { Category } from '@contract/catalog';
import { ConfirmCard } from '../src/components/ticket/ConfirmCard';
import { send } from '../src/services/transport';
import { uploadPhotos } from '../src/services/photos';
import { createdTicket } from './fixtures';
import { fakeApi, isDisabled, tap } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));
jest.mock('../src/services/photos', () => ({ uploadPhotos: jest.fn() }));
// jsdom draws nothing on a canvas: a pad whose "draw" button is one stroke.
jest.mock('../src/components/signature/SignaturePad', () => ({
  SignaturePad: ({ handle, onSignedChange }: { handle: { current: unknown }; onSignedChange: (signed: boolean) => void }) => {
    let signed = false;
    handle.current = {
      clear: () => ((signed = false), onSignedChange(false)),
      isEmpty: () => !signed,
      toImage: () => Promise.resolve({ path: 'blob:signature', size: 900, contentType: 'image/png' }),
    };
    return (
      <button data-testid="draw" onClick={() => ((signed = true), onSignedChange(true))}>
        draw
      </button>
    );
  },
}));

const sendMock = send as jest.MockedFunction<typeof send>;
const uploadMock = uploadPhotos as jest.MockedFunction<typeof uploadPhotos>;
const sla = { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
const category = (code: string, signatureRequired: boolean): Category => ({ code, nameZh: code, nameEn: code, team: '电工班', sla, quickPhrases: [], signatureRequired });
const fixed = () => screen.getByTestId('confirm-fixed');

function serve() {
  const fake = fakeApi({
    'GET /v1/categories': () => ({ status: 200, data: { items: [category('power', false), category('linen', true)] } }),
    'POST /v1/tickets/t1/confirm': () => ({ status: 200, data: createdTicket({ status: 'confirmed' }) }),
  });
  sendMock.mockImplementation(fake.handler);
  return fake;
}
const confirmBody = (fake: ReturnType<typeof fakeApi>) => fake.calls.find((c) => c.url.endsWith('/v1/tickets/t1/confirm'))?.data;

beforeEach(() => {
  sendMock.mockReset();
  uploadMock.mockReset();
});

describe('the confirm card’s sign-off', () => {
  it('asks for a signature where the category requires one, and confirms only once signed, with the uploaded signature', async () => {
    const fake = serve();
    uploadMock.mockResolvedValue(['h/demo/u/nurse-li/01SIG.png']);
    const onChanged = jest.fn();
    render(<ConfirmCard ticket={createdTicket({ status: 'completed', categoryCode: 'linen', allowedCommands: ['confirm'] })} onChanged={onChanged} />);
    await screen.findByText('报修科室签字（必填）');
    expect(screen.getByTestId('signature-needed').textContent).toBe('请在上方签字后再确认已修好');
    expect(isDisabled(fixed())).toBe(true);
    await tap(fixed());
    expect(confirmBody(fake)).toBeUndefined();

    await tap(screen.getByTestId('draw'));
    expect(screen.queryByTestId('signature-needed')).toBeNull();
    expect(isDisabled(fixed())).toBe(false);
    await tap(fixed());
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(uploadMock).toHaveBeenCalledWith([{ path: 'blob:signature', size: 900, contentType: 'image/png' }], 'signature');
    expect(confirmBody(fake)).toEqual({ satisfied: true, signatureKey: 'h/demo/u/nurse-li/01SIG.png' });
  });

  it('confirms without a signature where none is required', async () => {
    const fake = serve();
    const onChanged = jest.fn();
    render(<ConfirmCard ticket={createdTicket({ status: 'completed', categoryCode: 'power', allowedCommands: ['confirm'] })} onChanged={onChanged} />);
    await screen.findByText('报修科室签字（选填）');
    expect(isDisabled(fixed())).toBe(false);
    await tap(fixed());
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(uploadMock).not.toHaveBeenCalled();
    expect(confirmBody(fake)).toEqual({ satisfied: true });
  });
});
