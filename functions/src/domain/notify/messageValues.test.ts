import { isValidKeywordValue } from '../../local/wechatFake/valueRules';
import { fitValue } from './messageValues';
import { statusPhrase, urgencyPhrase } from './phrases';

const zone = 'Asia/Shanghai';

describe('fitValue', () => {
  it('cuts a thing to 20 characters, counting characters beyond the BMP as one', () => {
    const long = '5号楼3层护士站旁边的配电间里面的那个插座一直冒火花';
    const fitted = fitValue('thing2', long, zone)!;
    expect([...fitted]).toHaveLength(20);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitValue('thing2', '𠀀'.repeat(25), zone)).toHaveLength(2 * 19 + 1);
    expect(fitValue('thing2', '护士站', zone)).toBe('护士站');
  });

  it('keeps a character_string to 32 printable ASCII characters', () => {
    expect(fitValue('character_string1', 'BX20261123-0042', zone)).toBe('BX20261123-0042');
    expect(fitValue('character_string1', 'A'.repeat(40), zone)).toHaveLength(32);
    expect(fitValue('character_string1', '工单 BX1', zone)).toBe('BX1');
    expect(fitValue('character_string1', '工单', zone)).toBeNull();
  });

  it('formats times as 2026年11月23日 14:05 in the hospital zone', () => {
    expect(fitValue('time5', new Date('2026-11-23T06:05:00Z'), zone)).toBe('2026年11月23日 14:05');
    expect(fitValue('time5', new Date('2026-11-23T16:30:00Z'), zone)).toBe('2026年11月24日 00:30');
    expect(fitValue('date3', new Date('2026-11-23T16:30:00Z'), zone)).toBe('2026年11月24日');
    expect(fitValue('time5', 'soon', zone)).toBeNull();
  });

  it('keeps phrases to at most five Chinese characters', () => {
    expect(fitValue('phrase3', '已派单', zone)).toBe('已派单');
    expect(fitValue('phrase3', '维修人员已经到达现场', zone)).toBe('维修人员已');
    expect(fitValue('phrase3', 'done', zone)).toBeNull();
  });

  it('gives every status and urgency a phrase WeChat accepts', () => {
    for (const phrase of [...Object.values(statusPhrase), ...Object.values(urgencyPhrase)]) {
      expect(fitValue('phrase3', phrase, zone)).toBe(phrase);
      expect(isValidKeywordValue({ key: 'phrase3' }, phrase)).toBe(true);
    }
  });

  it('fits names, numbers and phone numbers', () => {
    expect(fitValue('name1', '赵师傅', zone)).toBe('赵师傅');
    expect(fitValue('name1', 'Zhao Wei the electrician of building five', zone)).toHaveLength(20);
    expect(fitValue('number1', '¥25.5', zone)).toBe('25.5');
    expect(fitValue('phone_number1', 'tel 138-0013-8000', zone)).toBe('138-0013-8000');
  });

  it('refuses empty values and types it cannot fit', () => {
    expect(fitValue('thing2', '   ', zone)).toBeNull();
    expect(fitValue('amount1', '25', zone)).toBeNull();
  });

  it('produces only values the fake (as strict as WeChat) accepts', () => {
    const cases: [string, string | Date][] = [
      ['thing2', '一'.repeat(50)],
      ['character_string1', `BX${'9'.repeat(40)}`],
      ['phrase4', '紧急紧急紧急'],
      ['time5', new Date('2026-02-28T23:59:00Z')],
    ];
    for (const [key, raw] of cases) expect(isValidKeywordValue({ key }, fitValue(key, raw, zone))).toBe(true);
  });
});
