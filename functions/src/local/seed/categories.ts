import type { SlaPolicy } from '../../contract/catalog';
import type { CategoryRecord, QuickPhrase } from '../../domain/records';

/**
 * The papers' defaults: accept within 15 minutes (5 for an emergency), be on site within
 * 4 hours for normal faults, 2 hours for urgent ones and 30 minutes for a Level I emergency.
 */
const defaultSla: SlaPolicy = {
  acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 },
  arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 },
};

type CategoryDefinition = Omit<CategoryRecord, 'hospitalId' | 'sla'>;

const p = (zh: string, en: string): QuickPhrase => ({ zh, en });

/** The twelve service categories of the one-stop channel, each owned by a team or vendor. */
const definitions: readonly CategoryDefinition[] = [
  { code: 'power', nameZh: '供电', nameEn: 'Power', team: '电工班', quickPhrases: [p('灯不亮', 'Light out'), p('插座没电', 'Socket dead'), p('跳闸', 'Breaker tripped'), p('开关损坏', 'Switch broken')], offeredForRooms: true },
  { code: 'water', nameZh: '供水', nameEn: 'Water', team: '水工班', quickPhrases: [p('漏水', 'Water leak'), p('水龙头坏了', 'Tap broken'), p('下水道堵塞', 'Drain blocked'), p('没有热水', 'No hot water')], offeredForRooms: true },
  { code: 'gas', nameZh: '供气（含医用气体）', nameEn: 'Gas & medical gases', team: '医用气体班', quickPhrases: [p('氧气终端漏气', 'Oxygen outlet leaking'), p('负压吸引无力', 'Weak suction'), p('气体报警', 'Gas alarm')], offeredForRooms: true },
  { code: 'hvac', nameZh: '供暖/空调', nameEn: 'Heating & air-conditioning', team: '空调班', quickPhrases: [p('空调不制冷', 'AC not cooling'), p('空调漏水', 'AC leaking'), p('暖气不热', 'Radiator cold'), p('噪音大', 'Too noisy')], offeredForRooms: true },
  // Device-only: offered when a device's own label is scanned, since the fault belongs to that device.
  { code: 'medical_equipment', nameZh: '医疗设备', nameEn: 'Medical equipment', team: '医学工程科', quickPhrases: [p('无法开机', 'Will not power on'), p('报警', 'Alarming'), p('显示异常', 'Display fault'), p('配件损坏', 'Accessory broken')], offeredForRooms: false },
  { code: 'building', nameZh: '房屋修缮', nameEn: 'Building repairs', team: '土建班', quickPhrases: [p('门锁坏了', 'Door lock broken'), p('墙面脱落', 'Wall plaster falling'), p('天花板漏水', 'Ceiling leaking'), p('窗户关不上', 'Window will not close')], offeredForRooms: true },
  { code: 'cleaning', nameZh: '绿化保洁', nameEn: 'Cleaning & greenery', team: '保洁外包（物业公司）', quickPhrases: [p('地面湿滑', 'Slippery floor'), p('垃圾未清运', 'Rubbish not collected'), p('卫生间脏', 'Toilet dirty')], offeredForRooms: true },
  { code: 'it', nameZh: '信息系统', nameEn: 'IT systems', team: '信息中心', quickPhrases: [p('电脑无法开机', 'PC will not start'), p('打印机故障', 'Printer fault'), p('网络不通', 'No network'), p('系统登录不了', 'Cannot log in')], offeredForRooms: true },
  { code: 'elevator', nameZh: '电梯', nameEn: 'Elevators', team: '电梯维保单位', quickPhrases: [p('电梯困人', 'Person trapped in lift'), p('电梯异响', 'Lift makes noise'), p('电梯门不关', 'Lift door will not close')], offeredForRooms: false },
  { code: 'fire', nameZh: '消防', nameEn: 'Fire safety', team: '消防中控室', quickPhrases: [p('烟感误报', 'Smoke detector false alarm'), p('灭火器过期', 'Extinguisher expired'), p('消防通道堵塞', 'Fire exit blocked')], offeredForRooms: true },
  { code: 'pest', nameZh: '防虫', nameEn: 'Pest control', team: '消杀外包', quickPhrases: [p('有老鼠', 'Rats'), p('有蟑螂', 'Cockroaches'), p('有蚊虫', 'Mosquitoes')], offeredForRooms: true },
  { code: 'telecom', nameZh: '电视电话', nameEn: 'TV & telephone', team: '通信班', quickPhrases: [p('电话没声音', 'Phone silent'), p('电视没信号', 'TV no signal'), p('呼叫器不响', 'Nurse call silent')], offeredForRooms: true },
];

export const categoryCodes = definitions.map((d) => d.code);

export function categoriesFor(hospitalId: string): CategoryRecord[] {
  return definitions.map((definition) => ({
    hospitalId,
    ...definition,
    quickPhrases: definition.quickPhrases.map((phrase) => ({ ...phrase })),
    sla: structuredClone(defaultSla),
  }));
}
