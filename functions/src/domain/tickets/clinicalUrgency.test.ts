import type { AssetRecord, LocationRecord } from '../records';
import { effectiveUrgency } from './clinicalUrgency';

const place = (name: string, type: LocationRecord['type'], roomUse: LocationRecord['roomUse'] = null) => ({ name, type, roomUse }) as LocationRecord;
const theatrePath = [place('第一医院', 'campus'), place('门诊楼', 'building'), place('3楼', 'floor'), place('1号手术室', 'room', 'operating_theatre')];

describe('effectiveUrgency', () => {
  it("raises a theatre's fault one level, with the room's Chinese name path and no English", () => {
    expect(effectiveUrgency('normal', { path: theatrePath, asset: null })).toEqual({ urgency: 'urgent', reason: '手术室：门诊楼 › 3楼 › 1号手术室' });
  });

  it('raises a life-support device one level, named in Chinese', () => {
    const asset = { name: '呼吸机 1', lifeSupport: true } as AssetRecord;
    expect(effectiveUrgency('urgent', { path: theatrePath, asset })).toEqual({ urgency: 'emergency', reason: '生命支持设备：呼吸机 1' });
  });

  it('leaves an office fault as reported', () => {
    expect(effectiveUrgency('normal', { path: [place('门诊楼', 'building'), place('内科诊室', 'room', 'office')], asset: null })).toEqual({ urgency: 'normal', reason: null });
  });
});
