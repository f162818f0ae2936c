import { FaultQueue, parseFaultSpecs } from './faults';

const SEND = '/cgi-bin/message/subscribe/send';

describe("the WeChat fake's faults", () => {
  it('applies a fault to its next N calls, then answers normally', () => {
    const faults = new FaultQueue();
    faults.add({ path: SEND, errcode: -1, times: 2 });
    expect([faults.take(SEND), faults.take(SEND), faults.take(SEND)]).toEqual([{ errcode: -1 }, { errcode: -1 }, undefined]);
  });

  it('answers every call with the fault while an outage lasts, however many, and normally after it', () => {
    let now = 1_000_000;
    const faults = new FaultQueue(() => now);
    faults.add({ path: SEND, errcode: -1, forMs: 60_000 });
    for (let i = 0; i < 50; i++) expect(faults.take(SEND)).toEqual({ errcode: -1 });
    now += 59_999;
    expect(faults.take(SEND)).toEqual({ errcode: -1 });
    now += 1;
    expect(faults.take(SEND)).toBeUndefined();
  });

  it('refuses only the recipient named, and leaves the others alone', () => {
    const faults = new FaultQueue();
    faults.add({ path: SEND, errcode: 43101, touser: 'openid-refuser', times: 3 });
    expect(faults.take(SEND, 'openid-other')).toBeUndefined();
    expect(faults.take(SEND, 'openid-refuser')).toEqual({ errcode: 43101 });
    expect(faults.take(SEND)).toBeUndefined();
  });

  it('ends one recipient’s outage when asked, and leaves the others’ going', () => {
    const faults = new FaultQueue();
    faults.add({ path: SEND, errcode: -1, touser: 'openid-a', forMs: 600_000 });
    faults.add({ path: SEND, errcode: -1, touser: 'openid-b', forMs: 600_000 });
    faults.endFor('openid-a');
    expect([faults.take(SEND, 'openid-a'), faults.take(SEND, 'openid-b')]).toEqual([undefined, { errcode: -1 }]);
  });

  it('checks what a test asks for', () => {
    expect(parseFaultSpecs({ path: SEND, errcode: -1, forMs: 0 })).toBe('forMs must be a positive number');
    expect(parseFaultSpecs({ path: SEND, errcode: 43101, touser: 7 })).toBe('touser must be an openid');
    expect(parseFaultSpecs([{ path: SEND, delayMs: 12_000, times: 1 }])).toEqual([{ path: SEND, delayMs: 12_000, times: 1 }]);
  });
});
