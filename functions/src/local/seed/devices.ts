import type { DeviceKind } from './layout';

/** The device kinds installed by the seeds; vendors and models are typical of Chinese hospitals. */
const kind = (code: string, name: string, type: string, categoryCode: string, vendor: string, model: string, lifeSupport = false): DeviceKind => ({
  code,
  name,
  type,
  categoryCode,
  lifeSupport,
  vendor,
  model,
});

export const devices = {
  airConditioner: kind('AC', '空调室内机', 'air_conditioner', 'hvac', '格力', 'GMV-R71P/NaB'),
  oxygenOutlet: kind('O2', '中心供氧终端', 'oxygen_outlet', 'gas', '德尔格', 'G-O2-DIN', true),
  suctionOutlet: kind('VAC', '负压吸引终端', 'suction_outlet', 'gas', '德尔格', 'G-VAC-DIN', true),
  nurseCall: kind('CALL', '床头呼叫器', 'nurse_call', 'telecom', '来邦', 'LB-NC200'),
  nurseCallHost: kind('CALLH', '护士站呼叫主机', 'nurse_call_host', 'telecom', '来邦', 'LB-NC-HOST'),
  computer: kind('PC', '电脑', 'computer', 'it', '联想', 'ThinkCentre M930t'),
  printer: kind('PRN', '打印机', 'printer', 'it', '惠普', 'LaserJet M405'),
  phone: kind('TEL', '电话机', 'telephone', 'telecom', '华为', 'eSpace 7910'),
  ventilator: kind('VENT', '呼吸机', 'ventilator', 'medical_equipment', '迈瑞', 'SV800', true),
  monitor: kind('MON', '监护仪', 'patient_monitor', 'medical_equipment', '迈瑞', 'BeneVision N17', true),
  infusionPump: kind('PUMP', '输液泵', 'infusion_pump', 'medical_equipment', '费森尤斯', 'Agilia VP', true),
  defibrillator: kind('DEFIB', '除颤仪', 'defibrillator', 'medical_equipment', '飞利浦', 'HeartStart XL+', true),
  surgicalLight: kind('OTL', '无影灯', 'surgical_light', 'medical_equipment', '迈瑞', 'HyLED 9700'),
  anaesthesia: kind('ANES', '麻醉机', 'anaesthesia_machine', 'medical_equipment', '德尔格', 'Perseus A500', true),
  cleanAirUnit: kind('AHU', '净化空调机组', 'clean_air_handler', 'hvac', '约克', 'YCAH-12'),
  incubator: kind('INC', '婴儿培养箱', 'incubator', 'medical_equipment', '戴维', 'YP-3000', true),
  phototherapy: kind('PHOTO', '新生儿蓝光治疗仪', 'phototherapy_unit', 'medical_equipment', '戴维', 'XHZ-90'),
  analyser: kind('ANA', '生化分析仪', 'chemistry_analyser', 'medical_equipment', '迈瑞', 'BS-2000M'),
  ctScanner: kind('CT', 'CT机', 'ct_scanner', 'medical_equipment', '联影', 'uCT 760'),
  dr: kind('DR', 'DR摄影系统', 'digital_radiography', 'medical_equipment', '联影', 'uDR 780i'),
  switchboard: kind('SWB', '低压配电柜', 'switchboard', 'power', '施耐德', 'Blokset'),
  ups: kind('UPS', 'UPS电源', 'ups', 'power', '华为', 'UPS5000-E'),
  waterPump: kind('PUMPW', '生活水泵', 'water_pump', 'water', '格兰富', 'CR 32-4'),
  chiller: kind('CH', '冷水机组', 'chiller', 'hvac', '开利', '30XW'),
  server: kind('SRV', '机房服务器', 'server', 'it', '华为', 'FusionServer 2288H'),
  waterDispenser: kind('WD', '饮水机', 'water_dispenser', 'water', '美的', 'MYR1025S'),
  extinguisher: kind('EXT', '灭火器', 'fire_extinguisher', 'fire', '淮海', 'MFZ/ABC4'),
  smokeDetector: kind('SMK', '烟感探测器', 'smoke_detector', 'fire', '海湾', 'JTY-GD-G3'),
  passengerLift: kind('EL', '客梯', 'passenger_elevator', 'elevator', '日立电梯', 'HGP-1600'),
  bedLift: kind('EL', '病床梯', 'bed_elevator', 'elevator', '三菱电梯', 'NexWay-S 1600'),
  serviceLift: kind('EL', '货梯', 'service_elevator', 'elevator', '奥的斯', 'GeN2-MR 2000'),
  escalator: kind('ES', '自动扶梯', 'escalator', 'elevator', '日立电梯', 'VX-1000'),
};

const d = devices;

/** The usual fittings of a room by what it is used for. */
export const fittings = {
  ward: [d.airConditioner, d.oxygenOutlet, d.nurseCall],
  nurseStation: [d.computer, d.printer, d.nurseCallHost],
  office: [d.computer],
  icu: [d.ventilator, d.monitor, d.infusionPump, d.oxygenOutlet, d.suctionOutlet],
  operatingTheatre: [d.surgicalLight, d.anaesthesia, d.cleanAirUnit, d.oxygenOutlet, d.monitor],
  emergency: [d.defibrillator, d.monitor, d.oxygenOutlet],
  neonatal: [d.incubator, d.incubator, d.phototherapy, d.oxygenOutlet],
  publicArea: [d.extinguisher, d.smokeDetector],
  toilet: [d.smokeDetector],
} as const;
