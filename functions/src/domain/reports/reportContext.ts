import type { CatalogRepository, Clock } from '../ports';
import { NotFoundError } from '../errors';
import { resolvePeriod, type Period } from './period';

/** The hospital's zone and the period a report covers (default: this month so far). */
export async function reportPeriod(deps: { catalog: Pick<CatalogRepository, 'getHospital'>; clock: Clock }, hospitalId: string, query: { from?: string; to?: string }): Promise<Period> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return resolvePeriod(query, deps.clock.now(), hospital.timezone);
}
