import { pinyin } from 'pinyin-pro';

/**
 * The pinyin initials of a place's name, lower case, Latin letters and digits kept as they are
 * (重症监护室 A区 → zzjhsaq, 1号手术室 → 1hsss). Computed when the place is written, so a search
 * compares strings and never loads the pinyin dictionary.
 */
export function placeInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
