import { incidentOfReport } from './linking';

const power = { hospitalId: 'h1', incidentId: 'I1', categoryCodes: ['power', 'lighting'], placeIds: ['B5-06'] };
const water = { hospitalId: 'h1', incidentId: 'I2', categoryCodes: ['water'], placeIds: ['B5'] };

describe('linking a new report to an open incident', () => {
  it('links a report of one of its categories at one of its places or inside one', () => {
    expect(incidentOfReport([power, water], { categoryCode: 'power', locationId: 'R-B5-0604', locationAncestorIds: ['CAMPUS', 'B5', 'B5-06'] })?.incidentId).toBe('I1');
    expect(incidentOfReport([power, water], { categoryCode: 'water', locationId: 'B5', locationAncestorIds: ['CAMPUS'] })?.incidentId).toBe('I2');
  });

  it('leaves alone a report of another category, or outside its places', () => {
    expect(incidentOfReport([power], { categoryCode: 'water', locationId: 'R-B5-0604', locationAncestorIds: ['B5', 'B5-06'] })).toBeNull();
    expect(incidentOfReport([power], { categoryCode: 'power', locationId: 'R-B5-0701', locationAncestorIds: ['B5', 'B5-07'] })).toBeNull();
    expect(incidentOfReport([], { categoryCode: 'power', locationId: 'R-B5-0604', locationAncestorIds: ['B5-06'] })).toBeNull();
  });
});
