import { isPossibleDuplicate, openAtLabel } from './possibleDuplicates';

const ventilator = { locationId: 'R-ICU', assetId: 'A-VENT1', categoryCode: 'medical_equipment' };
const roomAc = { locationId: 'R-ICU', assetId: null, categoryCode: 'hvac' };

describe('isPossibleDuplicate', () => {
  // report, open ticket, counts as a duplicate — written by hand.
  const cases: [string, { locationId: string; assetId: string | null; categoryCode: string }, { locationId: string; assetId: string | null; categoryCode: string }, boolean][] = [
    ['the same device, same category', ventilator, { ...ventilator }, true],
    ['the same device, another category (a device has one open fault at a time)', ventilator, { ...ventilator, categoryCode: 'power' }, true],
    ["a device's report against the room's air-conditioning", ventilator, roomAc, false],
    ["a device's report against another device of the room", ventilator, { ...ventilator, assetId: 'A-MON1' }, false],
    ["a device's report against a room fault of the same category", ventilator, { locationId: 'R-ICU', assetId: null, categoryCode: 'medical_equipment' }, false],
    ['the same room and category', roomAc, { ...roomAc }, true],
    ['the same room, another category', roomAc, { ...roomAc, categoryCode: 'power' }, false],
    ['another room, the same category', roomAc, { ...roomAc, locationId: 'R-WARD' }, false],
    ["a room report against one of its devices' tickets", { ...roomAc, categoryCode: 'medical_equipment' }, ventilator, false],
  ];
  it.each(cases)('%s', (_what, report, open, expected) => {
    expect(isPossibleDuplicate(report, open)).toBe(expected);
  });
});

describe('openAtLabel', () => {
  const onVentilator = { id: 't1', ...ventilator };
  const acTicket = { id: 't2', ...roomAc };
  it("shows a device label only the device's own open tickets", () => {
    expect(openAtLabel({ assetId: 'A-VENT1' }, [onVentilator], [onVentilator, acTicket]).map((t) => t.id)).toEqual(['t1']);
  });
  it('shows a room label everything open at the room', () => {
    expect(openAtLabel({ assetId: null }, [], [onVentilator, acTicket]).map((t) => t.id)).toEqual(['t1', 't2']);
  });
});
