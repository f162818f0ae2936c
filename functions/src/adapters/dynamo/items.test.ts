import { MalformedItemError, parseItem } from './items';
import { CategoryRecordSchema, QrCodeRecordSchema } from './recordSchemas';

const label = { PK: 'H#demo', SK: 'QR#R-B5-0301', entity: 'qr', hospitalId: 'demo', code: 'R-B5-0301', locationId: 'B5-0301', assetId: null, retired: false };

describe('parseItem', () => {
  it('gives the record without the table attributes, keeping attributes a newer writer added', () => {
    expect(parseItem(QrCodeRecordSchema, { ...label, printedAt: '2026-11-01' })).toEqual({
      hospitalId: 'demo',
      code: 'R-B5-0301',
      locationId: 'B5-0301',
      assetId: null,
      retired: false,
      printedAt: '2026-11-01',
    });
  });

  it('fails loudly on a malformed item, naming its key and what is wrong', () => {
    const { locationId: _gone, ...broken } = { ...label, retired: 'no' };
    expect(() => parseItem(QrCodeRecordSchema, broken)).toThrow(MalformedItemError);
    expect(() => parseItem(QrCodeRecordSchema, broken)).toThrow(/H#demo \/ QR#R-B5-0301.*locationId.*retired/);
  });

  it('reads a category written before quick phrases were bilingual, each old phrase as its text in both languages', () => {
    const sla = { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };
    const category = { PK: 'H#demo', SK: 'CAT#power', hospitalId: 'demo', code: 'power', nameZh: '供电', nameEn: 'Power', team: '电工班', sla, offeredForRooms: true };
    expect(parseItem(CategoryRecordSchema, { ...category, quickPhrases: ['灯不亮', { zh: '跳闸', en: 'Breaker tripped' }] }).quickPhrases).toEqual([
      { zh: '灯不亮', en: '灯不亮' },
      { zh: '跳闸', en: 'Breaker tripped' },
    ]);
  });
});
