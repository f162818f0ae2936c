import { MalformedItemError, parseItem } from './items';
import { QrCodeRecordSchema } from './recordSchemas';

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
});
