import { partDescription, partTicketKey } from './startJob';

const part = { categoryCode: 'cleaning', description: { zh: '术后清洁消毒', en: 'Cleaning' } };

describe("a job's part ticket", () => {
  it("is described by the part's task and the starter's note", () => {
    expect(partDescription(part, '第 2 台')).toBe('术后清洁消毒（备注：第 2 台）');
    expect(partDescription(part, '')).toBe('术后清洁消毒');
  });

  it("stays within a ticket's 500 characters", () => {
    expect(partDescription(part, '长'.repeat(500))).toHaveLength(500);
  });

  it('has a key of its own per job and part, the same on every retry', () => {
    expect(partTicketKey('01JOB', 2)).toBe('job-01JOB-2');
  });
});
