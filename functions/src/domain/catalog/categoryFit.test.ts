import type { CategoryRecord } from '../records';
import { fittingCategories } from './categoryFit';

/** The hospital's categories in their code order, as the admin entered them (房屋修缮 before 供电 on purpose). */
const hospitalOrder: [code: string, offeredForRooms: boolean][] = [
  ['building', true],
  ['power', true],
  ['water', true],
  ['gas', true],
  ['hvac', true],
  ['medical_equipment', false],
  ['cleaning', true],
  ['it', true],
  ['elevator', false],
  ['fire', true],
];
const all = hospitalOrder.map(([code, offeredForRooms]) => ({ code, offeredForRooms }) as CategoryRecord);
const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('fittingCategories', () => {
  it("puts a device label's own category first, suggested, then what the room is used for", () => {
    const found = fittingCategories(all, { location: { roomUse: 'icu' }, asset: { categoryCode: 'medical_equipment' } });
    expect(codes(found)).toEqual(['medical_equipment', 'power', 'hvac', 'gas', 'building', 'water', 'cleaning', 'it', 'fire']);
    expect(found.filter((c) => c.suggested).map((c) => c.code)).toEqual(['medical_equipment']);
  });

  it('offers medical equipment at an ICU room label, first, with nothing suggested', () => {
    const found = fittingCategories(all, { location: { roomUse: 'icu' }, asset: null });
    expect(codes(found).slice(0, 4)).toEqual(['medical_equipment', 'power', 'hvac', 'gas']);
    expect(found.some((c) => c.suggested)).toBe(false);
  });

  it('puts plumbing and cleaning first in a toilet', () => {
    const found = fittingCategories(all, { location: { roomUse: 'public' }, asset: null });
    expect(codes(found)).toEqual(['water', 'cleaning', 'building', 'power', 'gas', 'hvac', 'it', 'fire']);
  });

  it("offers the categories of the room's devices, after what the room is used for", () => {
    const found = fittingCategories(all, { location: { roomUse: 'public' }, asset: null }, [{ categoryCode: 'elevator' }]);
    expect(codes(found)).toEqual(['water', 'cleaning', 'building', 'power', 'elevator', 'gas', 'hvac', 'it', 'fire']);
  });

  it("keeps the hospital's order where the room's use says nothing", () => {
    const found = fittingCategories(all, { location: { roomUse: null }, asset: null });
    expect(codes(found)).toEqual(['building', 'power', 'water', 'gas', 'hvac', 'cleaning', 'it', 'fire']);
  });
});
