import { aCheckpoint, aWorkOrder } from '../testing/workOrderFactory';
import { inspectionRows } from './inspectionSheet';

describe('the inspection record sheet (设施巡检记录表)', () => {
  const round = aWorkOrder({
    id: 'r1', number: 'PM20261201-0003', kind: 'round', planName: { zh: '配电房日巡查', en: 'Switch room daily round' }, dueOn: '2026-12-01',
    checklist: [
      { id: 'temp', kind: 'number', label: { zh: '柜温', en: 'Cabinet temperature' }, unit: '℃', min: 0, max: 40, required: true },
      { id: 'noise', kind: 'passFail', label: { zh: '无异响', en: 'No unusual noise' }, required: true },
      { id: 'photo', kind: 'photo', label: { zh: '仪表照片', en: 'Meter photo' }, required: true },
    ],
    checkpoints: [
      aCheckpoint({ index: 1, name: '2号配电柜', status: 'skipped', skipReason: '检修中', by: 'tech-zhao', at: '2026-12-01T02:10:00.000Z' }),
      aCheckpoint({
        index: 0, name: '1号配电柜', status: 'done', by: 'tech-zhao', at: '2026-12-01T02:00:00.000Z', deviceAt: '2026-12-01T01:58:00.000Z',
        results: [
          { itemId: 'temp', pass: null, value: 45, text: null, photoKey: null, failed: true, ticketId: 't1', ticketNumber: 'BX20261201-0005' },
          { itemId: 'noise', pass: true, value: null, text: null, photoKey: null, failed: false, ticketId: null, ticketNumber: null },
          { itemId: 'photo', pass: null, value: null, text: null, photoKey: 'h/x/p/1.jpg', failed: false, ticketId: null, ticketNumber: null },
        ],
      }),
      aCheckpoint({ index: 2, name: '3号配电柜' }),
    ],
  });
  const device = aWorkOrder({ id: 'm1' });

  it('lists each round checkpoint by checkpoint in its order, each item’s reading and result, who and when', () => {
    const rows = inspectionRows([device, round], (id) => (id === 'tech-zhao' ? '赵师傅' : id));
    expect(rows.map((r) => [r.checkpointNo, r.checkpoint, r.item, r.value, r.unit, r.photo, r.result, r.skipReason, r.by, r.deviceAt, r.ticketNumber])).toEqual([
      [1, '1号配电柜', '柜温', 45, '℃', false, 'fail', null, '赵师傅', '2026-12-01T01:58:00.000Z', 'BX20261201-0005'],
      [1, '1号配电柜', '无异响', null, null, false, 'pass', null, '赵师傅', '2026-12-01T01:58:00.000Z', null],
      [1, '1号配电柜', '仪表照片', null, null, true, 'recorded', null, '赵师傅', '2026-12-01T01:58:00.000Z', null],
      [2, '2号配电柜', null, null, null, false, 'skipped', '检修中', '赵师傅', null, null],
      [3, '3号配电柜', null, null, null, false, 'pending', null, null, null, null],
    ]);
    expect(new Set(rows.map((r) => r.round))).toEqual(new Set(['配电房日巡查']));
  });
});
