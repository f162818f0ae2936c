import { categoriesFor } from './categories';
import type { HospitalDataset } from './dataset';
import { assetQrCode, roomQrCode } from './dataset';
import { devices as d, fittings as f } from './devices';
import { buildLayout, type BuildingSpec } from './layout';
import { staffFor, staffIds } from './staff';

const building: BuildingSpec = {
  code: 'T1',
  name: '测试楼',
  floors: [
    {
      level: 1,
      rooms: [
        { no: '0101', name: '大厅', use: 'public', devices: f.publicArea },
        { no: '0102', name: '急诊室', use: 'emergency', devices: [d.defibrillator] },
      ],
    },
    {
      level: 2,
      rooms: [
        { no: '0201', name: '护士站', use: 'nurse_station', devices: [d.computer] },
        { no: '0202', name: '201 病房', use: 'ward', devices: [d.airConditioner, d.oxygenOutlet] },
        { no: '0203', name: '重症监护室', use: 'icu', devices: [d.ventilator] },
      ],
    },
  ],
  extraDevices: [{ roomNo: '0101', id: 'T1-EL01', name: '测试楼 1号客梯', kind: d.passengerLift }],
};

const ref = (id: string, qrCode: string) => ({ id, qrCode });

/** Named handles on the test hospital's records, so tests say `refs.rooms.ward` instead of an id. */
export const testHospitalRefs = {
  campusId: 'MAIN',
  buildingId: 'T1',
  floors: { ground: 'T1-F01', upper: 'T1-F02' },
  rooms: {
    lobby: ref('T1-0101', roomQrCode('T1-0101')),
    emergency: ref('T1-0102', roomQrCode('T1-0102')),
    nurseStation: ref('T1-0201', roomQrCode('T1-0201')),
    ward: ref('T1-0202', roomQrCode('T1-0202')),
    icu: ref('T1-0203', roomQrCode('T1-0203')),
  },
  assets: {
    elevator: ref('T1-EL01', assetQrCode('T1-EL01')),
    wardAirConditioner: ref('T1-0202-AC1', assetQrCode('T1-0202-AC1')),
    wardOxygenOutlet: ref('T1-0202-O21', assetQrCode('T1-0202-O21')),
    ventilator: ref('T1-0203-VENT1', assetQrCode('T1-0203-VENT1')),
  },
  users: staffIds,
} as const;

export type TestHospitalRefs = typeof testHospitalRefs;

/**
 * The report limits of a test hospital (and of the bench's demo hospital): high enough that a
 * test filing dozens of reports as one nurse (the permission matrix files one per cell), or the
 * bench filing thousands, is never refused. The flood test puts the
 * defaults back (test/support/catalogEdits.ts `setHospitalLimits`) and tries them.
 */
export const LIFTED_REPORT_LIMITS = {
  guest: [{ maxReports: 1000, windowSeconds: 3600 }],
  staffReporter: [{ maxReports: 1000, windowSeconds: 600 }],
};

/**
 * A small hospital for integration tests: each test file makes its own under a unique id, so
 * tests never see each other's data. Same categories and user ids as the demo.
 */
export function buildTestHospital(hospitalId: string): HospitalDataset {
  const layout = buildLayout(hospitalId, { id: testHospitalRefs.campusId, name: '本部', buildings: [building] });
  return {
    hospital: { id: hospitalId, name: `测试医院 ${hospitalId}`, timezone: 'Asia/Shanghai', ticketPrefix: 'BX', limits: LIFTED_REPORT_LIMITS },
    categories: categoriesFor(hospitalId),
    ...layout,
    users: staffFor(hospitalId, { main: building.code, second: building.code }),
  };
}
