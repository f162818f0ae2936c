import { render, screen } from '@testing-library/react';
import { getLocale } from '../../src/i18n';
import { DayPicker } from '../../src/packages/admin/components/DayPicker';
import { tap } from '../helpers';

// The language the user chose (kept in storage, which this test has no need of).
jest.mock('../../src/i18n', () => ({ ...jest.requireActual<object>('../../src/i18n'), getLocale: jest.fn(() => 'zh-CN') }));
const locale = getLocale as jest.Mock;

/** The weekday row of NutUI's calendar card as the user reads it. */
function weekdays(): string[] {
  return Array.from(document.querySelectorAll('.nut-calendarcard-day.header')).map((d) => d.textContent ?? '');
}

describe('the admin’s calendar pickers speak the app’s language', () => {

  it('in English, the calendar’s weekdays and month are English, Monday first', async () => {
    locale.mockReturnValue('en');
    render(<DayPicker day="2026-12-02" title="Day" testId="day" onChange={() => undefined} />);
    await tap(screen.getByTestId('day'));
    expect(weekdays()).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(document.querySelector('.nut-calendarcard-header-title')?.textContent).toBe('2026/12');
  });

  it('in Chinese, they are Chinese', async () => {
    locale.mockReturnValue('zh-CN');
    render(<DayPicker day="2026-12-02" title="日期" testId="day" onChange={() => undefined} />);
    await tap(screen.getByTestId('day'));
    expect(weekdays()).toEqual(['一', '二', '三', '四', '五', '六', '日']);
  });
});
