import { demoHospital } from './demoHospital';
import type { HospitalDataset } from './dataset';
import { buildTestHospital, testHospitalRefs } from './testHospital';

const label = /^[A-Za-z0-9_-]{1,32}$/;
const id = /^[A-Za-z0-9_-]{1,64}$/;

function checkConsistency(data: HospitalDataset) {
  const locations = new Map(data.locations.map((l) => [l.id, l]));
  expect(locations.size).toBe(data.locations.length);
  expect(new Set(data.assets.map((a) => a.id)).size).toBe(data.assets.length);
  expect(new Set(data.qrCodes.map((q) => q.code)).size).toBe(data.qrCodes.length);
  for (const location of data.locations) {
    expect(location.id).toMatch(id);
    expect(location.hospitalId).toBe(data.hospital.id);
    const parent = location.parentId ? locations.get(location.parentId) : undefined;
    expect(location.ancestorIds).toEqual(parent ? [...parent.ancestorIds, parent.id] : []);
    expect(location.roomUse === null).toBe(location.type !== 'room');
  }
  const codes = new Set(data.categories.map((c) => c.code));
  for (const asset of data.assets) {
    expect(asset.id).toMatch(id);
    expect(locations.get(asset.locationId)?.type).toBe('room');
    expect(codes.has(asset.categoryCode)).toBe(true);
  }
  for (const qr of data.qrCodes) {
    expect(qr.code).toMatch(label);
    expect(locations.has(qr.locationId)).toBe(true);
  }
  const rooms = data.locations.filter((l) => l.type === 'room');
  expect(rooms.every((r) => r.qrCode && data.qrCodes.some((q) => q.code === r.qrCode && q.locationId === r.id && q.assetId === null))).toBe(true);
  expect(data.assets.every((a) => a.qrCode && data.qrCodes.some((q) => q.code === a.qrCode && q.assetId === a.id && q.locationId === a.locationId))).toBe(true);
}

describe('the demo hospital', () => {
  const data = demoHospital();

  it('is the same on every call', () => {
    expect(demoHospital()).toEqual(data);
  });

  it('is the hospital with id demo in Asia/Shanghai with ticket prefix BX', () => {
    expect(data.hospital).toMatchObject({ id: 'demo', timezone: 'Asia/Shanghai', ticketPrefix: 'BX' });
  });

  it('has about 200 devices, exactly 34 of them elevators', () => {
    expect(data.assets.length).toBeGreaterThanOrEqual(180);
    expect(data.assets.length).toBeLessThanOrEqual(230);
    expect(data.assets.filter((a) => a.categoryCode === 'elevator')).toHaveLength(34);
  });

  it('has one campus, two buildings and the clinical areas that raise urgency', () => {
    expect(data.locations.filter((l) => l.type === 'campus')).toHaveLength(1);
    expect(data.locations.filter((l) => l.type === 'building')).toHaveLength(2);
    const uses = new Set(data.locations.map((l) => l.roomUse));
    for (const use of ['icu', 'operating_theatre', 'emergency', 'neonatal', 'nurse_station', 'office', 'public', 'ward']) expect(uses).toContain(use);
  });

  it('has the twelve categories with the papers’ SLA, only elevators and medical equipment kept off room scans', () => {
    expect(data.categories.map((c) => c.code).sort()).toEqual(
      ['power', 'water', 'gas', 'hvac', 'medical_equipment', 'building', 'cleaning', 'it', 'elevator', 'fire', 'pest', 'telecom'].sort(),
    );
    for (const category of data.categories) {
      expect(category.sla).toEqual({ acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } });
      expect(category.quickPhrases.length).toBeGreaterThan(0);
    }
    expect(data.categories.filter((c) => !c.offeredForRooms).map((c) => c.code).sort()).toEqual(['elevator', 'medical_equipment']);
  });

  it('has the seeded staff with their roles', () => {
    expect(Object.fromEntries(data.users.map((u) => [u.id, u.roles]))).toEqual({
      'nurse-li': ['reporter'],
      'doctor-wu': ['reporter'],
      'desk-wang': ['dispatcher'],
      'desk-zhou': ['dispatcher'],
      'tech-zhao': ['technician'],
      'tech-sun': ['technician'],
      'manager-chen': ['manager'],
      admin: ['admin'],
      // The outsourced lift vendor's people (issue 16).
      'vendor-otis-mgr': ['vendor_manager'],
      'vendor-otis-tech': ['technician'],
    });
    expect(data.users.find((u) => u.id === 'tech-zhao')?.skills).toContain('power');
    expect(data.users.find((u) => u.id === 'tech-sun')?.skills).toEqual(expect.arrayContaining(['water', 'gas']));
    // The second dispatcher, for handovers: the day shift.
    expect(data.users.find((u) => u.id === 'desk-zhou')?.shifts).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '20:00' }]);
  });

  it('is consistent: unique ids, true ancestors, a label on every room and device', () => {
    checkConsistency(data);
  });
});

describe('the test hospital', () => {
  it('is consistent and its named references exist', () => {
    const data = buildTestHospital('t-abc');
    checkConsistency(data);
    expect(data.categories).toHaveLength(12);
    for (const r of [...Object.values(testHospitalRefs.rooms), ...Object.values(testHospitalRefs.assets)]) {
      expect(data.qrCodes.map((q) => q.code)).toContain(r.qrCode);
    }
    expect(data.qrCodes.every((q) => q.hospitalId === 't-abc')).toBe(true);
  });
});
