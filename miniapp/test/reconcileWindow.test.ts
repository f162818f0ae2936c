import { reconcileWindow } from '../src/packages/manager/components/reconcileWindow';

describe('the days a dashboard period checks', () => {
  it('checks a month whole', () => {
    expect(reconcileWindow({ from: '2026-10-01', to: '2026-10-31' })).toEqual({ from: '2026-10-01', to: '2026-10-31', shortened: false });
  });
  it('checks the last 31 days of a quarter', () => {
    expect(reconcileWindow({ from: '2026-10-01', to: '2026-12-31' })).toEqual({ from: '2026-12-01', to: '2026-12-31', shortened: true });
  });
});
