import type { JobTemplateRecord } from '../../domain/jobs/records';

/** Fixed, so a reseed overwrites it rather than adding a second one. */
export const THEATRE_TURNOVER_TEMPLATE_ID = 'theatre-turnover';
const SEEDED_AT = '2026-11-01T00:00:00.000Z';

/**
 * The demo's multi-team job (seed 003: after an operation the command centre tells cleaning,
 * equipment and the air handling at once — 一呼百应, turnover 20 % faster), offered at the
 * operating theatres.
 */
export function demoJobTemplates(hospitalId: string): JobTemplateRecord[] {
  return [
    {
      hospitalId,
      id: THEATRE_TURNOVER_TEMPLATE_ID,
      name: { zh: '手术室术后整理', en: 'Theatre turnover' },
      parts: [
        { categoryCode: 'cleaning', description: { zh: '术后清洁消毒', en: 'Post-operative cleaning and disinfection' } },
        { categoryCode: 'medical_equipment', description: { zh: '设备检查复位', en: 'Check and reset the equipment' } },
        { categoryCode: 'hvac', description: { zh: '层流空调检查', en: 'Check the laminar-flow air handling' } },
      ],
      offeredAt: ['operating_theatre'],
      version: 1,
      retired: false,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    },
  ];
}
