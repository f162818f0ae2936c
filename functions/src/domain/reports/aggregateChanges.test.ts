import { aTicket } from '../testing/factories';
import { aggregateChanges } from './aggregateChanges';
import { memoryAggregates } from '../testing/memoryAggregates';

function recordingRepo() {
  const repo = memoryAggregates();
  return { repo, applied: repo.applied };
}

const catalog = { getHospital: async () => ({ id: 'h1', name: '测试医院', timezone: 'Asia/Shanghai', ticketPrefix: 'BX' }) };
const elevator = { assetId: 'el-01', assetName: '5号楼 1号电梯', categoryCode: 'elevator', locationPath: ['本部', '5号楼', '1层', '电梯厅'] };

describe('the aggregator keeps the ticket sheet and the open faults with the numbers', () => {
  it('writes the ticket line and keeps the device fault open while it is not confirmed', async () => {
    const { repo, applied } = recordingRepo();
    const reported = aTicket({ id: 't1', ...elevator, createdAt: '2026-11-30T17:30:00.000Z' });
    const accepted = { ...reported, version: 2, status: 'accepted' as const, assigneeName: '赵师傅', acceptedAt: '2026-11-30T17:40:00.000Z' };
    await aggregateChanges({ aggregates: repo, catalog }, [
      { id: 'r1', before: null, after: reported },
      { id: 'r2', before: reported, after: accepted },
    ]);
    expect(applied.map((c) => c.openFault)).toEqual([
      { assetId: 'el-01', ticketId: 't1', fault: { assetId: 'el-01', ticketId: 't1', reportedAt: '2026-11-30T17:30:00.000Z', assetName: '5号楼 1号电梯', categoryCode: 'elevator' } },
      { assetId: 'el-01', ticketId: 't1', fault: expect.objectContaining({ reportedAt: '2026-11-30T17:30:00.000Z' }) },
    ]);
    // 01:30 on December 1 in Shanghai: the ticket counts in December.
    expect(applied[1]!.sheetRow).toMatchObject({ ticketId: 't1', day: '2026-12-01', status: 'accepted', place: '5号楼 · 1层 · 电梯厅', technician: '赵师傅', channel: 'app', signed: false });
  });

  it('removes the open fault once the reporter confirms, then leaves it alone, and never keeps one for a ticket without a device', async () => {
    const { repo, applied } = recordingRepo();
    const completed = aTicket({ id: 't1', ...elevator, version: 5, status: 'completed', completedAt: '2026-11-23T04:00:00.000Z' });
    const confirmed = { ...completed, version: 6, status: 'confirmed' as const, confirmedAt: '2026-11-23T05:00:00.000Z' };
    const lamp = aTicket({ id: 't2' });
    await aggregateChanges({ aggregates: repo, catalog }, [
      { id: 'r1', before: completed, after: confirmed },
      { id: 'r2', before: null, after: lamp },
    ]);
    const rated = { ...confirmed, version: 7, rating: { score: 5, comment: null, at: '2026-11-23T05:01:00.000Z' } };
    await aggregateChanges({ aggregates: repo, catalog }, [{ id: 'r3', before: confirmed, after: rated }]);
    // Removed once, at the confirmation; a later change of a repaired device writes nothing for it.
    expect(applied.map((c) => c.openFault)).toEqual([{ assetId: 'el-01', ticketId: 't1', fault: null }, null, null]);
    expect(applied[1]!.sheetRow).toMatchObject({ ticketId: 't2', assetName: null, parts: '', partsCost: 0, rating: null });
  });
});
