import type { SlaPolicy } from '../../contract/catalog';
import type { CategoryRecord } from '../../domain/records';

/**
 * The papers' defaults: accept within 15 minutes (5 for an emergency), be on site within
 * 4 hours for normal faults, 2 hours for urgent ones and 30 minutes for a Level I emergency.
 */
const defaultSla: SlaPolicy = {
  acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 },
  arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 },
};

/** The demo's phrases are written in Chinese; each reads as itself in English until translated. */
type CategoryDefinition = Omit<CategoryRecord, 'hospitalId' | 'sla' | 'quickPhrases'> & { quickPhrases: string[] };

/** The twelve service categories of the one-stop channel, each owned by a team or vendor. */
const definitions: readonly CategoryDefinition[] = [
  { code: 'power', nameZh: '供电', nameEn: 'Power', team: '电工班', quickPhrases: ['灯不亮', '插座没电', '跳闸', '开关损坏'], offeredForRooms: true },
  { code: 'water', nameZh: '供水', nameEn: 'Water', team: '水工班', quickPhrases: ['漏水', '水龙头坏了', '下水道堵塞', '没有热水'], offeredForRooms: true },
  { code: 'gas', nameZh: '供气（含医用气体）', nameEn: 'Gas & medical gases', team: '医用气体班', quickPhrases: ['氧气终端漏气', '负压吸引无力', '气体报警'], offeredForRooms: true },
  { code: 'hvac', nameZh: '供暖/空调', nameEn: 'Heating & air-conditioning', team: '空调班', quickPhrases: ['空调不制冷', '空调漏水', '暖气不热', '噪音大'], offeredForRooms: true },
  // Device-only: offered when a device's own label is scanned, since the fault belongs to that device.
  { code: 'medical_equipment', nameZh: '医疗设备', nameEn: 'Medical equipment', team: '医学工程科', quickPhrases: ['无法开机', '报警', '显示异常', '配件损坏'], offeredForRooms: false },
  { code: 'building', nameZh: '房屋修缮', nameEn: 'Building repairs', team: '土建班', quickPhrases: ['门锁坏了', '墙面脱落', '天花板漏水', '窗户关不上'], offeredForRooms: true },
  { code: 'cleaning', nameZh: '绿化保洁', nameEn: 'Cleaning & greenery', team: '保洁外包（物业公司）', quickPhrases: ['地面湿滑', '垃圾未清运', '卫生间脏'], offeredForRooms: true },
  { code: 'it', nameZh: '信息系统', nameEn: 'IT systems', team: '信息中心', quickPhrases: ['电脑无法开机', '打印机故障', '网络不通', '系统登录不了'], offeredForRooms: true },
  { code: 'elevator', nameZh: '电梯', nameEn: 'Elevators', team: '电梯维保单位', quickPhrases: ['电梯困人', '电梯异响', '电梯门不关'], offeredForRooms: false },
  { code: 'fire', nameZh: '消防', nameEn: 'Fire safety', team: '消防中控室', quickPhrases: ['烟感误报', '灭火器过期', '消防通道堵塞'], offeredForRooms: true },
  { code: 'pest', nameZh: '防虫', nameEn: 'Pest control', team: '消杀外包', quickPhrases: ['有老鼠', '有蟑螂', '有蚊虫'], offeredForRooms: true },
  { code: 'telecom', nameZh: '电视电话', nameEn: 'TV & telephone', team: '通信班', quickPhrases: ['电话没声音', '电视没信号', '呼叫器不响'], offeredForRooms: true },
];

export const categoryCodes = definitions.map((d) => d.code);

export function categoriesFor(hospitalId: string): CategoryRecord[] {
  return definitions.map((definition) => ({
    hospitalId,
    ...definition,
    quickPhrases: definition.quickPhrases.map((zh) => ({ zh, en: zh })),
    sla: structuredClone(defaultSla),
  }));
}
