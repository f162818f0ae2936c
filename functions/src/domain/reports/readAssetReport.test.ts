import { aTicket } from '../testing/factories';
import { memoryAggregates } from '../testing/memoryAggregates';
import { openFaultOf, type OpenFault } from './openFaults';
import { resolvePeriod } from './period';
import { readAssetReport } from './readAssetReport';
import { ticketCells, type AggregateCell } from './ticketDeltas';

const zone = 'Asia/Shanghai';
/** 2026-12-10 12:00 in Shanghai. */
const now = new Date('2026-12-10T04:00:00Z');
const december = resolvePeriod({ month: '2026-12' }, now, zone);

const repoOf = (cells: AggregateCell[], faults: OpenFault[]) => memoryAggregates({ cells, faults });

const elevator = { assetId: 'el-01', assetName: '5号楼 1号电梯', categoryCode: 'elevator' };

describe('the league table counts faults in progress', () => {
  it('gives a device with an open fault its downtime up to now, not 100 %', async () => {
    // Reported 2026-12-10 10:00 in Shanghai, two hours before now; nobody has confirmed a repair.
    const open = aTicket({ id: 't-open', ...elevator, createdAt: '2026-12-10T02:00:00.000Z', status: 'accepted' });
    const report = await readAssetReport(repoOf(ticketCells(open, zone), [openFaultOf(open)!]), 'h1', december, now);
    // December so far: 10 days = 14,400 min; 120 min down → 1 − 120/14400 = 0.99167.
    expect(report.items).toEqual([
      expect.objectContaining({ assetId: 'el-01', failures: 1, downtimeMinutes: 120, availability: 0.9917, downNow: true, downSince: '2026-12-10T02:00:00.000Z' }),
    ]);
    expect(report.items[0]!.mtbfHours).toBe(238);
  });

  it('adds the confirmed downtime of the period to the open part', async () => {
    const repaired = aTicket({ id: 't-done', ...elevator, createdAt: '2026-12-02T02:00:00.000Z', status: 'closed', confirmedAt: '2026-12-02T05:00:00.000Z', closedAt: '2026-12-02T05:00:00.000Z' });
    const open = aTicket({ id: 't-open', ...elevator, createdAt: '2026-12-10T03:00:00.000Z', status: 'completed', completedAt: '2026-12-10T03:30:00.000Z' });
    const report = await readAssetReport(repoOf([...ticketCells(repaired, zone), ...ticketCells(open, zone)], [openFaultOf(open)!]), 'h1', december, now);
    // 180 min confirmed + 60 min open (a completed repair waits for the reporter's confirmation).
    expect(report.items[0]).toMatchObject({ failures: 2, downtimeMinutes: 240, downNow: true });
  });

  it('lists a device broken since before the period, counting from the period start, first in the table', async () => {
    const old = aTicket({ id: 't-old', assetId: 'el-02', assetName: '门诊楼 2号电梯', categoryCode: 'elevator', createdAt: '2026-11-28T00:00:00.000Z', status: 'on_hold' });
    const other = aTicket({ id: 't-x', assetId: 'el-03', assetName: '3号电梯', categoryCode: 'elevator', createdAt: '2026-12-03T00:00:00.000Z', status: 'closed', confirmedAt: '2026-12-03T01:00:00.000Z', closedAt: '2026-12-03T01:00:00.000Z' });
    const report = await readAssetReport(repoOf(ticketCells(other, zone), [openFaultOf(old)!]), 'h1', december, now);
    // From 2026-12-01 00:00 Shanghai (11-30 16:00 UTC) to now: 9 days 12 h = 13,680 min.
    expect(report.items.map((i) => [i.assetId, i.failures, i.downtimeMinutes, i.downNow])).toEqual([
      ['el-02', 0, 13680, true],
      ['el-03', 1, 60, false],
    ]);
    expect(report.items[0]!.mtbfHours).toBeNull();
  });

  it('counts a past period up to its end only', async () => {
    const old = aTicket({ id: 't-old', ...elevator, createdAt: '2026-11-30T04:00:00.000Z', status: 'accepted' });
    const november = resolvePeriod({ month: '2026-11' }, now, zone);
    const report = await readAssetReport(repoOf(ticketCells(old, zone), [openFaultOf(old)!]), 'h1', november, now);
    // 11-30 12:00 to 12-01 00:00 in Shanghai: 720 min.
    expect(report.items[0]).toMatchObject({ downtimeMinutes: 720, downNow: true });
  });

  it('leaves out open faults of other categories when the table is for one category', async () => {
    const pump = aTicket({ id: 't-pump', assetId: 'pump-1', assetName: '水泵', categoryCode: 'water', createdAt: '2026-12-10T02:00:00.000Z' });
    expect((await readAssetReport(repoOf(ticketCells(pump, zone), [openFaultOf(pump)!]), 'h1', december, now, 'elevator')).items).toEqual([]);
  });
});

describe('an open fault', () => {
  it('is open from the report until the reporter confirms, and never for a cancelled ticket or one without a device', () => {
    expect(openFaultOf(aTicket({ ...elevator, status: 'completed' }))).not.toBeNull();
    expect(openFaultOf(aTicket({ ...elevator, status: 'confirmed', confirmedAt: '2026-11-23T05:00:00.000Z' }))).toBeNull();
    expect(openFaultOf(aTicket({ ...elevator, status: 'closed', closedAt: '2026-11-23T05:00:00.000Z' }))).toBeNull();
    expect(openFaultOf(aTicket({ ...elevator, status: 'cancelled' }))).toBeNull();
    expect(openFaultOf(aTicket({ status: 'accepted' }))).toBeNull();
  });
});
