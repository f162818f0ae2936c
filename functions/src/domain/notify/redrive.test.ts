import { UnansweredDeliveryError } from '../ports';
import { newJob, notifierFixture } from '../testing/notifierFixture';
import { deliverOutboxBatch } from './deliverOutbox';
import { letterRef } from './deadLetters';
import { nextAttemptAfter, redriveDeadLetters, resendLetter } from './redrive';

/** A technician's new-job message set aside because WeChat answered busy (or not at all) on every try. */
async function parked(failure: 'busy' | 'unanswered') {
  const fixture = notifierFixture();
  const { deps, notifications, messenger } = fixture;
  const item = newJob();
  notifications.outbox.set('h1/t1/00000002-0', item);
  await notifications.addQuota('h1', 'tech-zhao', ['TMPL_TICKET_ASSIGNED']);
  messenger.script = failure === 'busy' ? Array.from({ length: 4 }, () => ({ errcode: -1, errmsg: 'system error' })) : [new UnansweredDeliveryError('timeout')];
  await deliverOutboxBatch(deps, [{ id: '1', item }]);
  const minutes = (n: number) => (fixture.clock.at = new Date(Date.parse('2026-11-23T06:05:00.000Z') + n * 60_000));
  return { ...fixture, minutes, letter: () => [...notifications.letters.values()][0]! };
}

describe('the notification redrive', () => {
  it('tries a set-aside message on a schedule of 24 h in all, then gives up', () => {
    const at = { at: '2026-11-23T06:05:00.000Z' };
    expect(nextAttemptAfter(at, 1)).toBe('2026-11-23T06:06:00.000Z');
    expect(nextAttemptAfter(at, 2)).toBe('2026-11-23T06:10:00.000Z');
    expect(nextAttemptAfter(at, 9)).toBe('2026-11-24T06:05:00.000Z');
    expect(nextAttemptAfter(at, 10)).toBeNull();
  });

  it('leaves a letter alone before it is due, and delivers it once after the outage', async () => {
    const { deps, messenger, minutes, letter } = await parked('busy');
    expect(messenger.sent).toHaveLength(0);
    minutes(0.5);
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 0, retrying: 0, given_up: 0 });
    minutes(1);
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 1, retrying: 0, given_up: 0 });
    expect(messenger.sent.map((m) => m.touser)).toEqual(['openid-zhao']);
    expect(letter()).toMatchObject({ state: 'delivered', nextAttemptAt: null, attempts: 2, resends: 0 });
    minutes(60);
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 0, retrying: 0, given_up: 0 });
    expect(messenger.sent).toHaveLength(1);
  });

  it('keeps trying while WeChat stays busy, gives up after 24 h, and the desk may resend it then', async () => {
    const { deps, messenger, minutes, letter, counted } = await parked('busy');
    messenger.refuse.set('openid-zhao', { errcode: -1, errmsg: 'system error' });
    minutes(1);
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 0, retrying: 1, given_up: 0 });
    expect(letter()).toMatchObject({ state: 'retrying', nextAttemptAt: '2026-11-23T06:10:00.000Z', attempts: 2 });
    for (const m of [5, 15, 45, 105, 225, 465, 945]) {
      minutes(m);
      expect(await redriveDeadLetters(deps)).toEqual({ delivered: 0, retrying: 1, given_up: 0 });
    }
    minutes(1440);
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 0, retrying: 0, given_up: 1 });
    expect(letter()).toMatchObject({ state: 'given_up', nextAttemptAt: null, attempts: 10 });
    expect(counted.filter((c) => c.metric === 'NotificationsGivenUp')).toHaveLength(1);

    // The desk's resend puts it back, due now; the next run sends it.
    messenger.refuse.clear();
    minutes(1500);
    expect(await resendLetter(deps, 'h1', letterRef(letter()))).toMatchObject({ state: 'retrying', nextAttemptAt: '2026-11-24T07:05:00.000Z' });
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 1, retrying: 0, given_up: 0 });
    expect(letter()).toMatchObject({ state: 'delivered', attempts: 11 });
    expect(messenger.sent).toHaveLength(1);
    // A second resend of a delivered letter changes nothing and sends nothing.
    expect(await resendLetter(deps, 'h1', letterRef(letter()))).toMatchObject({ state: 'delivered' });
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 0, retrying: 0, given_up: 0 });
    expect(messenger.sent).toHaveLength(1);
  });

  it('gives a resent letter up again at once when it still fails (the schedule is over)', async () => {
    const { deps, messenger, minutes, letter } = await parked('busy');
    messenger.refuse.set('openid-zhao', { errcode: -1, errmsg: 'system error' });
    for (const m of [1, 5, 15, 45, 105, 225, 465, 945, 1440]) {
      minutes(m);
      await redriveDeadLetters(deps);
    }
    expect(letter().state).toBe('given_up');
    await resendLetter(deps, 'h1', letterRef(letter()));
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 0, retrying: 0, given_up: 1 });
    expect(letter()).toMatchObject({ state: 'given_up', attempts: 11, error: expect.stringContaining('-1') });
  });

  it('counts a send made again after one that got no answer: it may be a duplicate', async () => {
    const { deps, messenger, minutes, letter, counted } = await parked('unanswered');
    minutes(1);
    expect(await redriveDeadLetters(deps)).toEqual({ delivered: 1, retrying: 0, given_up: 0 });
    expect(messenger.sent).toHaveLength(1);
    expect(letter()).toMatchObject({ state: 'delivered', resends: 1 });
    expect(counted.filter((c) => c.metric === 'NotificationResends')).toEqual([{ metric: 'NotificationResends', value: 1, dimensions: { after: 'unanswered' } }]);
  });

  it('refuses to resend what is not a letter of this hospital', async () => {
    const { deps, letter } = await parked('busy');
    await expect(resendLetter(deps, 'h2', letterRef(letter()))).rejects.toThrow('Dead letter not found');
    await expect(resendLetter(deps, 'h1', 'not-a-ref')).rejects.toThrow('Dead letter not found');
  });
});
