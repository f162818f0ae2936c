import { InvalidError } from '../errors';
import { aTicket, people } from '../testing/factories';
import { offlineTiming } from './deviceTime';
import { accept, arrive, resume, type LifecycleContext } from './lifecycle';
import { DEFAULT_LIFECYCLE_POLICY } from './policy';

const serverNow = new Date('2026-11-23T10:00:00.000Z');
// Assigned at 09:00, reported at 08:30.
const assigned = aTicket({ status: 'assigned', assigneeId: 'tech-zhao', assigneeName: '赵师傅', createdAt: '2026-11-23T08:30:00.000Z' });

function refusal(deviceTime: string, ticket = assigned): string | undefined {
  try {
    offlineTiming(deviceTime, serverNow, ticket);
    return undefined;
  } catch (error) {
    return error instanceof InvalidError ? error.problems[0]?.code : 'not an InvalidError';
  }
}

describe("a command's device time", () => {
  it('is not needed: a command sent online has no offline timing', () => {
    expect(offlineTiming(undefined, serverNow, assigned)).toBeUndefined();
  });

  it.each([
    ['made twenty minutes ago in a basement', '2026-11-23T09:40:00.000Z', undefined],
    ['a minute ahead of the server (a phone clock a little fast)', '2026-11-23T10:01:00.000Z', undefined],
    ['five minutes ahead of the server', '2026-11-23T10:05:00.000Z', 'device_time_future'],
    ['23 hours old, from before the job was reported', '2026-11-22T11:00:00.000Z', 'device_time_out_of_order'],
    ['25 hours old', '2026-11-22T09:00:00.000Z', 'device_time_too_old'],
    ['before the job was reported', '2026-11-23T08:00:00.000Z', 'device_time_out_of_order'],
  ])('%s → %s', (_what, deviceTime, expected) => {
    expect(refusal(deviceTime)).toBe(expected);
  });

  it('is accepted up to a day old when the job is older than that', () => {
    const oldJob = { ...assigned, createdAt: '2026-11-21T08:00:00.000Z' };
    expect(refusal('2026-11-22T11:00:00.000Z', oldJob)).toBeUndefined();
  });

  it("must not be before the technician's previous step on the job", () => {
    const arrived = { ...assigned, status: 'on_site' as const, acceptedAt: '2026-11-23T09:10:00.000Z', arrivedAt: '2026-11-23T09:30:00.000Z' };
    expect(refusal('2026-11-23T09:20:00.000Z', arrived)).toBe('device_time_out_of_order');
    expect(refusal('2026-11-23T09:35:00.000Z', arrived)).toBeUndefined();
  });

  it("ignores the desk's and the SLA scanner's later events: a breach recorded while the phone was offline does not refuse it", () => {
    const breachedWhileOffline = { ...assigned, status: 'accepted' as const, acceptedAt: '2026-11-23T09:10:00.000Z', updatedAt: '2026-11-23T09:50:00.000Z' };
    expect(refusal('2026-11-23T09:30:00.000Z', breachedWhileOffline)).toBeUndefined();
  });

  it("keeps a device time a little before the previous step (a phone clock a little slow) at that step's time", () => {
    const accepted = { ...assigned, status: 'accepted' as const, acceptedAt: '2026-11-23T09:59:30.000Z' };
    expect(offlineTiming('2026-11-23T09:58:45.000Z', serverNow, accepted)).toEqual({
      deviceAt: '2026-11-23T09:58:45.000Z',
      actedAt: new Date('2026-11-23T09:59:30.000Z'),
    });
  });

  it("keeps a device time a little ahead of the server's at the server's time", () => {
    expect(offlineTiming('2026-11-23T10:01:00+00:00', serverNow, assigned)).toEqual({ deviceAt: '2026-11-23T10:01:00.000Z', actedAt: serverNow });
  });
});

describe('a command made offline and sent later', () => {
  const ctx = (deviceTime: string, ticket = assigned): LifecycleContext => ({
    now: serverNow,
    policy: DEFAULT_LIFECYCLE_POLICY,
    offline: offlineTiming(deviceTime, serverNow, ticket),
  });

  it('takes the milestone at the time it was made, and records both times on the event', () => {
    const c = accept(ctx('2026-11-23T09:40:00.000Z'), assigned, people.zhao);
    expect(c.after).toMatchObject({ status: 'accepted', acceptedAt: '2026-11-23T09:40:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(c.event).toMatchObject({ type: 'accepted', at: '2026-11-23T10:00:00.000Z', deviceAt: '2026-11-23T09:40:00.000Z' });
  });

  it('records no device time on a command sent online', () => {
    const c = accept({ now: serverNow, policy: DEFAULT_LIFECYCLE_POLICY }, assigned, people.zhao);
    expect(c.after.acceptedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(c.event).not.toHaveProperty('deviceAt');
  });

  it('arrives at the time of the scan, not of the sending', () => {
    const accepted = { ...assigned, status: 'accepted' as const, acceptedAt: '2026-11-23T09:40:00.000Z', locationId: 'loc-1' };
    const c = arrive(ctx('2026-11-23T09:45:00.000Z', accepted), accepted, people.zhao, { code: 'R-1', locationId: 'loc-1', assetId: null });
    expect(c.after).toMatchObject({ status: 'on_site', arrivedAt: '2026-11-23T09:45:00.000Z' });
  });

  it('counts the time on hold up to the resume made offline', () => {
    const held = { ...assigned, status: 'on_hold' as const, acceptedAt: '2026-11-23T09:00:00.000Z', heldFrom: 'accepted' as const, heldAt: '2026-11-23T09:10:00.000Z' };
    const c = resume(ctx('2026-11-23T09:40:00.000Z', held), held, people.zhao);
    expect(c.event.data).toEqual({ heldMinutes: 30 });
  });
});
