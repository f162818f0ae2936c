import { placeInitials } from './placeInitials';

describe('placeInitials', () => {
  it.each([
    ['心内科 护士站', 'xnkhsz'],
    ['重症监护室 A区', 'zzjhsaq'],
    ['1号手术室', '1hsss'],
    ['1层 · 电梯厅', '1cdtt'],
  ])('gives %s the initials %s', (name, initials) => {
    expect(placeInitials(name)).toBe(initials);
  });
});
