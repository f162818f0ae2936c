import type { CatalogRepository, Clock } from '../ports';
import { NotFoundError } from '../errors';
import { resolvePeriod, type Period, type PeriodSpec } from './period';

/** The period a report or workbook covers in the hospital's zone (default: this month so far), cut at today. */
export async function reportPeriod(deps: { catalog: Pick<CatalogRepository, 'getHospital'>; clock: Clock }, hospitalId: string, spec: PeriodSpec): Promise<Period> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return resolvePeriod(spec, deps.clock.now(), hospital.timezone);
}
