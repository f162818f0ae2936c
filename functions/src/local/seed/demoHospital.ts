import type { Hospital } from '../../domain/records';
import { categoriesFor } from './categories';
import type { HospitalDataset } from './dataset';
import { devices as d, fittings as f } from './devices';
import { buildLayout, type BuildingSpec, type DeviceKind, type FloorSpec, type RoomSpec } from './layout';
import { staffFor } from './staff';
import { vendorStaffFor, vendorsFor } from './vendors';

export const demoHospitalId = 'demo';

const room = (no: string, name: string, use: RoomSpec['use'], devices: readonly DeviceKind[]): RoomSpec => ({ no, name, use, devices });
const pad = (n: number) => String(n).padStart(2, '0');

/** A ward floor of the inpatient building: nurse station, doctors' office, wards, a toilet. */
function wardFloor(level: number, department: string, wards: number): FloorSpec {
  const no = (n: number) => `${pad(level)}${pad(n)}`;
  const rooms = [room(no(1), `${department} 护士站`, 'nurse_station', f.nurseStation), room(no(2), `${department} 医生办公室`, 'office', f.office)];
  for (let n = 3; n < 3 + wards; n++) rooms.push(room(no(n), `${level}${pad(n)} 病房`, 'ward', f.ward));
  rooms.push(room(no(3 + wards), '公共卫生间', 'public', f.toilet));
  return { level, rooms };
}

function lifts(count: number, first: number, label: string, kind: DeviceKind, building: string, buildingName: string) {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return { roomNo: '0101', id: `${building}-${kind.code}${pad(n)}`, name: `${buildingName} ${n}号${label}`, kind };
  });
}

const outpatient: BuildingSpec = {
  code: 'OPD',
  name: '门诊楼',
  floors: [
    {
      level: 1,
      rooms: [
        room('0101', '电梯厅', 'public', f.publicArea),
        room('0102', '挂号收费大厅', 'public', [...f.publicArea, d.waterDispenser]),
        room('0103', '急诊抢救室', 'emergency', [...f.emergency, d.airConditioner]),
        room('0104', '急诊诊室', 'emergency', [...f.emergency, d.computer]),
        room('0105', '门诊药房', 'office', [...f.office, d.printer]),
        room('0106', '配电房', 'plant_room', [d.switchboard, d.switchboard, d.ups, d.extinguisher]),
        room('0107', '公共卫生间', 'public', f.toilet),
      ],
    },
    {
      level: 2,
      rooms: [
        room('0201', '内科诊室', 'office', f.office),
        room('0202', '外科诊室', 'office', f.office),
        room('0203', '检验科', 'lab', [d.analyser, d.computer, d.airConditioner]),
        room('0204', 'CT室', 'imaging', [d.ctScanner, d.airConditioner]),
        room('0205', 'DR室', 'imaging', [d.dr]),
        room('0206', '公共卫生间', 'public', f.toilet),
      ],
    },
    {
      level: 3,
      rooms: [
        room('0301', '1号手术室', 'operating_theatre', f.operatingTheatre),
        room('0302', '2号手术室', 'operating_theatre', f.operatingTheatre),
        room('0303', '3号手术室', 'operating_theatre', f.operatingTheatre),
        room('0304', '手术部护士站', 'nurse_station', f.nurseStation),
      ],
    },
    {
      level: 4,
      rooms: [
        room('0401', '信息中心机房', 'plant_room', [d.server, d.server, d.ups, d.airConditioner, d.extinguisher]),
        room('0402', '后勤保障部办公室', 'office', f.office),
        room('0403', '服务受理室', 'office', [...f.office, d.computer, d.phone]),
        room('0404', '院办', 'office', f.office),
      ],
    },
  ],
  // 14 of the hospital's 34 elevators: passenger lifts, service lifts and escalators.
  extraDevices: [
    ...lifts(10, 1, '客梯', d.passengerLift, 'OPD', '门诊楼'),
    ...lifts(2, 11, '货梯', d.serviceLift, 'OPD', '门诊楼'),
    ...lifts(2, 1, '自动扶梯', d.escalator, 'OPD', '门诊楼'),
  ],
};

const inpatient: BuildingSpec = {
  code: 'B5',
  name: '住院楼（5号楼）',
  floors: [
    {
      level: 1,
      rooms: [
        room('0101', '电梯厅', 'public', f.publicArea),
        room('0102', '大堂', 'public', [...f.publicArea, d.waterDispenser]),
        room('0103', '水泵房', 'plant_room', [d.waterPump, d.waterPump, d.extinguisher]),
        room('0104', '空调机房', 'plant_room', [d.chiller, d.chiller, d.extinguisher]),
        room('0105', '配电房', 'plant_room', [d.switchboard, d.switchboard, d.ups, d.extinguisher]),
      ],
    },
    {
      level: 2,
      rooms: [
        room('0201', '重症监护室 A区', 'icu', f.icu),
        room('0202', '重症监护室 B区', 'icu', f.icu),
        room('0203', 'ICU 护士站', 'nurse_station', f.nurseStation),
        room('0204', 'ICU 医生办公室', 'office', f.office),
      ],
    },
    wardFloor(3, '心内科', 6),
    {
      level: 4,
      rooms: [
        room('0401', '新生儿科 护士站', 'nurse_station', f.nurseStation),
        room('0402', '新生儿重症监护室（NICU）', 'neonatal', f.neonatal),
        room('0403', '新生儿病房', 'neonatal', f.neonatal),
        room('0404', '新生儿科 医生办公室', 'office', f.office),
      ],
    },
    wardFloor(5, '呼吸内科', 3),
    wardFloor(6, '神经内科', 3),
    wardFloor(7, '骨科', 3),
    wardFloor(8, '普外科', 3),
  ],
  // The other 20 elevators: bed lifts, passenger lifts, a dirty-goods lift and fire lifts.
  extraDevices: [
    ...lifts(12, 1, '病床梯', d.bedLift, 'B5', '住院楼'),
    ...lifts(4, 13, '客梯', d.passengerLift, 'B5', '住院楼'),
    ...lifts(2, 17, '污物梯', d.serviceLift, 'B5', '住院楼'),
    ...lifts(2, 19, '消防电梯', d.serviceLift, 'B5', '住院楼'),
  ],
};

/**
 * The demo hospital of `npm start`: one campus, an outpatient and an inpatient building, ICU,
 * theatres, emergency, neonatal care, wards, plant rooms, ~200 devices including the 34
 * elevators of the papers' case, a label for every room and device, and the seeded staff.
 * A pure function: the same data on every call.
 */
export function demoHospital(): HospitalDataset {
  const hospital: Hospital = { id: demoHospitalId, name: '珠海示范医院', timezone: 'Asia/Shanghai', ticketPrefix: 'BX' };
  const layout = buildLayout(hospital.id, { id: 'MAIN', name: '本部', buildings: [outpatient, inpatient] });
  return {
    hospital,
    categories: categoriesFor(hospital.id),
    ...layout,
    users: [...staffFor(hospital.id, { main: inpatient.code, second: outpatient.code }), ...vendorStaffFor(hospital.id)],
    vendors: vendorsFor(hospital.id, outpatient.code),
  };
}
