import { finishedPartCount, jobStatusOf } from './jobStatus';
import { isOfferedAt } from './templates';

describe("a job's status from its parts", () => {
  it.each([
    ['every part completed', ['completed', 'completed', 'completed'], 'done'],
    ['parts completed, confirmed and closed', ['completed', 'confirmed', 'closed'], 'done'],
    ['one part still on site', ['completed', 'on_site', 'completed'], 'open'],
    ['one part on hold', ['on_hold', 'completed'], 'open'],
    ['a cancelled part and the others done', ['completed', 'cancelled', 'closed'], 'done'],
    ['a cancelled part and another still open', ['cancelled', 'assigned', 'completed'], 'open'],
    ['every part cancelled', ['cancelled', 'cancelled'], 'cancelled'],
    ['a part not opened yet (a start being finished)', ['completed', null, 'completed'], 'open'],
    ['a part not opened beside cancelled ones', ['cancelled', null], 'open'],
  ] as const)('%s: %s', (_what, parts, expected) => {
    expect(jobStatusOf(parts)).toBe(expected);
  });

  it('counts the finished parts (cancelled and unopened ones are not)', () => {
    expect(finishedPartCount(['completed', 'cancelled', 'confirmed', null, 'accepted'])).toBe(2);
  });
});

describe('where a template is offered', () => {
  const theatre = { offeredAt: ['operating_theatre' as const], retired: false };
  it('is offered at a room of a use it names', () => expect(isOfferedAt(theatre, 'operating_theatre')).toBe(true));
  it('is not offered at a room of another use, or at a place without one', () => {
    expect(isOfferedAt(theatre, 'ward')).toBe(false);
    expect(isOfferedAt(theatre, null)).toBe(false);
  });
  it('naming no use, is offered everywhere', () => expect(isOfferedAt({ offeredAt: [], retired: false }, null)).toBe(true));
  it('retired, is offered nowhere', () => expect(isOfferedAt({ ...theatre, retired: true }, 'operating_theatre')).toBe(false));
});
