import type { UserRecord } from '../../domain/records';
import type { VendorRecord } from '../../domain/vendors/records';

/**
 * The demo's outsourced vendor (issue 16): 奥的斯电梯维保 keeps the outpatient building's lifts
 * under contract; the inpatient building's (B5) stay in-house, as other tests rely on.
 */
export const vendorIds = { otis: 'otis' } as const;
export const vendorStaffIds = { otisManager: 'vendor-otis-mgr', otisTechnician: 'vendor-otis-tech' } as const;

const seededAt = '2026-01-01T00:00:00.000Z';

export function vendorsFor(hospitalId: string, outpatientBuildingId: string): VendorRecord[] {
  return [
    {
      hospitalId,
      id: vendorIds.otis,
      nameZh: '奥的斯电梯维保',
      nameEn: 'Otis Elevator Service',
      contactName: '王经理',
      contactPhone: '13800138101',
      notes: '门诊楼电梯维保合同，每月例会考核',
      contract: {
        reference: 'HT-2026-DT-001',
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        monthlyFee: 20000,
        coverage: [{ categoryCode: 'elevator', buildingIds: [outpatientBuildingId] }],
        // Stricter than the category's defaults for emergencies (a person trapped: accept in 5, on site in 15).
        serviceLevels: [{ categoryCode: 'elevator', urgency: 'emergency', acceptMinutes: 5, arriveMinutes: 15 }],
        terms: [
          { id: 'accept-penalty', measure: 'acceptOnTimeRate', kind: 'penalty', threshold: 98, direction: 'below', percentPerUnit: 0.5, unit: 1, capPercent: 5 },
          { id: 'satisfaction-bonus', measure: 'satisfactionRate', kind: 'bonus', threshold: 98, direction: 'above', percentPerUnit: 1, unit: null, capPercent: null },
        ],
        penaltyCapPercent: 5,
        bonusCapPercent: null,
      },
      createdAt: seededAt,
      updatedAt: seededAt,
      version: 1,
      retired: false,
    },
  ];
}

/** The vendor's people: its manager and its lift technician, on shift at every hour like the seeded technicians. */
export function vendorStaffFor(hospitalId: string): UserRecord[] {
  const everyDay = [1, 2, 3, 4, 5, 6, 7];
  return [
    { hospitalId, openid: null, createdAt: seededAt, id: vendorStaffIds.otisManager, name: '奥的斯 王经理', roles: ['vendor_manager'], department: '奥的斯电梯维保', skills: [], phone: '13800138101', vendorId: vendorIds.otis },
    {
      hospitalId,
      openid: null,
      createdAt: seededAt,
      id: vendorStaffIds.otisTechnician,
      name: '奥的斯 刘师傅',
      roles: ['technician'],
      department: '奥的斯电梯维保',
      skills: ['elevator'],
      phone: '13800138102',
      vendorId: vendorIds.otis,
      shifts: [
        { days: everyDay, start: '08:00', end: '20:00' },
        { days: everyDay, start: '20:00', end: '08:00' },
      ],
    },
  ];
}
