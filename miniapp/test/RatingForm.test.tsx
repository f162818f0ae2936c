import { render, screen, waitFor } from '@testing-library/react';
import { RatingForm } from '../src/components/ticket/RatingForm';
import { send } from '../src/services/transport';
import { createdTicket } from './fixtures';
import { fakeApi, find, isDisabled, tap, type } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));

const sendMock = send as jest.MockedFunction<typeof send>;
const submit = () => document.querySelector('.rating-form__submit') as HTMLElement;
const stars = () => Array.from(document.querySelectorAll('.nut-rate-item'));

beforeEach(() => sendMock.mockReset());

describe('the rating form', () => {
  it('cannot be sent before a star is chosen', async () => {
    render(<RatingForm ticketId="t1" onRated={jest.fn()} />);
    expect(screen.getByTestId('rating-label').textContent).toBe('点星星评分');
    expect(isDisabled(submit())).toBe(true);
    await tap(submit());
    expect(sendMock).not.toHaveBeenCalled();
  });

  it('names the score, warns that 1–2 stars reach the desk, and sends score and comment', async () => {
    const fake = fakeApi({ 'POST /v1/tickets/t1/rate': () => ({ status: 200, data: createdTicket({ status: 'confirmed' }) }) });
    sendMock.mockImplementation(fake.handler);
    const onRated = jest.fn();
    render(<RatingForm ticketId="t1" onRated={onRated} />);
    expect(stars()).toHaveLength(5);
    await tap(stars()[1] as Element);
    expect(screen.getByTestId('rating-label').textContent).toBe('不满意');
    expect(screen.getByText('服务台会联系您了解情况')).toBeTruthy();

    await tap(stars()[4] as Element);
    expect(screen.getByTestId('rating-label').textContent).toBe('非常满意');
    expect(screen.queryByText('服务台会联系您了解情况')).toBeNull();
    await type(await find<HTMLTextAreaElement>('textarea'), '师傅很快');
    expect(isDisabled(submit())).toBe(false);
    await tap(submit());
    await waitFor(() => expect(onRated).toHaveBeenCalled());
    expect(fake.calls[0]?.data).toEqual({ score: 5, comment: '师傅很快' });
  });
});
