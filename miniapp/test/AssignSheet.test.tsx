import { render, screen, waitFor } from '@testing-library/react';
import { AssignSheet } from '../src/components/desk/AssignSheet';
import { send } from '../src/services/transport';
import { createdTicket } from './fixtures';
import { fakeApi, find, isDisabled, tap, type } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));

const sendMock = send as jest.MockedFunction<typeof send>;
const confirm = () => document.querySelector('.assign-sheet__confirm') as HTMLElement;

const candidates = {
  items: [
    { user: { id: 'tech-zhao', name: '赵师傅' }, score: 0.9, skilled: true, onShift: true, openJobs: 1, sameBuilding: true, reasons: [{ en: 'Electrician', zh: '电工，技能匹配' }, { en: 'In building 5', zh: '就在5号楼' }] },
    { user: { id: 'tech-sun', name: '孙师傅' }, score: 0.4, skilled: false, onShift: true, openJobs: 0, sameBuilding: false, reasons: [{ en: 'Free', zh: '手上没有工单' }] },
  ],
};

function api() {
  const fake = fakeApi({
    'GET /v1/tickets/t1/candidates': () => ({ status: 200, data: candidates }),
    'POST /v1/tickets/t1/assign': () => ({ status: 200, data: createdTicket({ status: 'assigned', assignee: { id: 'tech-zhao', name: '赵师傅' } }) }),
  });
  sendMock.mockImplementation(fake.handler);
  return fake;
}

beforeEach(() => sendMock.mockReset());

describe('the assign sheet', () => {
  it('shows the ranked technicians with their reasons and preselects the suggested one', async () => {
    api();
    render(<AssignSheet ticket={{ id: 't1', assignee: null }} onAssigned={jest.fn()} />);
    const best = await screen.findByTestId('candidate-tech-zhao');
    expect(best.textContent).toContain('推荐');
    expect(best.textContent).toContain('电工，技能匹配 · 就在5号楼');
    expect(best.className).toContain('candidate--chosen');
    expect(screen.getByTestId('candidate-tech-sun').textContent).toContain('技能不符');
    expect(isDisabled(confirm())).toBe(false);
  });

  it('assigns the chosen technician without a reason the first time', async () => {
    const fake = api();
    const onAssigned = jest.fn();
    render(<AssignSheet ticket={{ id: 't1', assignee: null }} onAssigned={onAssigned} />);
    await tap(await screen.findByTestId('candidate-tech-sun'));
    await tap(confirm());
    await waitFor(() => expect(onAssigned).toHaveBeenCalled());
    expect(fake.calls.find((c) => c.method === 'POST')?.data).toEqual({ technicianId: 'tech-sun' });
  });

  it('requires a reason to reassign, and sends it', async () => {
    const fake = api();
    const onAssigned = jest.fn();
    render(<AssignSheet ticket={{ id: 't1', assignee: { id: 'tech-sun', name: '孙师傅' } }} onAssigned={onAssigned} />);
    await screen.findByTestId('candidate-tech-zhao');
    expect(screen.getByText('当前维修人员：孙师傅')).toBeTruthy();
    // The current technician is not preselected: reassigning to them would change nothing.
    expect(screen.getByTestId('candidate-tech-zhao').className).toContain('candidate--chosen');
    expect(screen.getByTestId('error-reason').textContent).toBe('改派必须填写原因');
    expect(isDisabled(confirm())).toBe(true);
    await tap(confirm());
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await type(await find<HTMLTextAreaElement>('.assign-sheet__input textarea, textarea'), '孙师傅请假');
    expect(screen.queryByTestId('error-reason')).toBeNull();
    expect(isDisabled(confirm())).toBe(false);
    await tap(confirm());
    await waitFor(() => expect(onAssigned).toHaveBeenCalled());
    expect(fake.calls.find((c) => c.method === 'POST')?.data).toEqual({ technicianId: 'tech-zhao', reason: '孙师傅请假' });
  });

  it('will not reassign to the technician who has the job now', async () => {
    api();
    render(<AssignSheet ticket={{ id: 't1', assignee: { id: 'tech-zhao', name: '赵师傅' } }} onAssigned={jest.fn()} />);
    await tap(await screen.findByTestId('candidate-tech-zhao'));
    await type(await find<HTMLTextAreaElement>('textarea'), '换人');
    expect(isDisabled(confirm())).toBe(true);
  });
});
