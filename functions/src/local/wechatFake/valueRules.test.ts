import { findInvalidKey, isValidKeywordValue, keywordType } from './valueRules';

const ok = (key: string, value: string) => isValidKeywordValue({ key }, value);

describe('subscribe message value rules', () => {
  it('reads the keyword type from the key without its number', () => {
    expect(keywordType('thing12')).toBe('thing');
    expect(keywordType('character_string3')).toBe('character_string');
    expect(keywordType('phone_number1')).toBe('phone_number');
  });

  it('accepts a thing of up to 20 characters, counting Chinese characters as one each', () => {
    expect(ok('thing1', '5号楼3层 护士站')).toBe(true);
    expect(ok('thing1', '一二三四五六七八九十一二三四五六七八九十')).toBe(true);
    expect(ok('thing1', '一二三四五六七八九十一二三四五六七八九十一')).toBe(false);
  });

  it('refuses empty values and values that are not strings', () => {
    expect(ok('thing1', '')).toBe(false);
    expect(isValidKeywordValue({ key: 'thing1' }, 42)).toBe(false);
  });

  it('accepts a phrase of at most five Chinese characters only', () => {
    expect(ok('phrase2', '已派单')).toBe(true);
    expect(ok('phrase2', '维修已完成了')).toBe(false);
    expect(ok('phrase2', 'done')).toBe(false);
    expect(ok('phrase2', '已 派单')).toBe(false);
  });

  it('accepts 24-hour times, with or without a date, and spans', () => {
    expect(ok('time3', '15:01')).toBe(true);
    expect(ok('time3', '2019年10月1日 15:01')).toBe(true);
    expect(ok('time3', '2026-11-23 14:05')).toBe(true);
    expect(ok('time3', '14:00~15:30')).toBe(true);
    expect(ok('time3', '25:01')).toBe(false);
    expect(ok('time3', '3:01 PM')).toBe(false);
    expect(ok('time3', '2019年10月1日')).toBe(false);
    expect(ok('time3', '2026-02-30 10:00')).toBe(false);
  });

  it('accepts dates with an optional time', () => {
    expect(ok('date4', '2019年10月1日')).toBe(true);
    expect(ok('date4', '2019年10月1日 15:01')).toBe(true);
    expect(ok('date4', '15:01')).toBe(false);
    expect(ok('date4', '2019年13月1日')).toBe(false);
  });

  it('accepts character strings of up to 32 letters, digits and symbols', () => {
    expect(ok('character_string5', 'BX20261123-0042')).toBe(true);
    expect(ok('character_string5', 'x'.repeat(33))).toBe(false);
    expect(ok('character_string5', '工单BX1')).toBe(false);
  });

  it('checks numbers, letters, symbols, names, phone numbers, car numbers and amounts', () => {
    expect(ok('number1', '12.5')).toBe(true);
    expect(ok('number1', '12a')).toBe(false);
    expect(ok('letter1', 'abc')).toBe(true);
    expect(ok('letter1', 'ab1')).toBe(false);
    expect(ok('symbol1', '%')).toBe(true);
    expect(ok('symbol1', '%%%%%%')).toBe(false);
    expect(ok('name1', '赵师傅')).toBe(true);
    expect(ok('name1', 'Zhao Lei')).toBe(true);
    expect(ok('name1', '一二三四五六七八九十一')).toBe(false);
    expect(ok('phone_number1', '0756-2528-1234')).toBe(true);
    expect(ok('phone_number1', '1'.repeat(18))).toBe(false);
    expect(ok('car_number1', '粤C12345')).toBe(true);
    expect(ok('car_number1', '粤C1234567')).toBe(false);
    expect(ok('amount1', '¥100.50')).toBe(true);
    expect(ok('amount1', '100元')).toBe(true);
    expect(ok('amount1', '¥12345678901')).toBe(false);
  });

  it('accepts an enum value only from the values of the template', () => {
    expect(isValidKeywordValue({ key: 'enum1', values: ['待处理', '已完成'] }, '已完成')).toBe(true);
    expect(isValidKeywordValue({ key: 'enum1', values: ['待处理', '已完成'] }, '已取消')).toBe(false);
  });

  it('refuses keys of an unknown type', () => {
    expect(ok('colour1', 'red')).toBe(false);
  });

  it('names the first keyword that breaks its rule, including a missing one', () => {
    const keywords = [{ key: 'thing1' }, { key: 'phrase2' }, { key: 'time3' }];
    expect(findInvalidKey(keywords, { thing1: { value: '护士站' }, phrase2: { value: '已派单' }, time3: { value: '14:05' } })).toBeNull();
    expect(findInvalidKey(keywords, { thing1: { value: '护士站' }, phrase2: { value: '已经派单了啊' }, time3: { value: '14:05' } })).toBe('phrase2');
    expect(findInvalidKey(keywords, { thing1: { value: '护士站' }, phrase2: { value: '已派单' } })).toBe('time3');
    expect(findInvalidKey(keywords, { thing1: { value: '护士站' }, phrase2: { value: '已派单' }, time3: { value: '14:05' }, thing9: { value: '' } })).toBe('thing9');
  });
});
