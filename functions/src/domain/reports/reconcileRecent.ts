import { addDays, format, parseISO } from 'date-fns';
import { InvalidError, NotFoundError } from '../errors';
import type { ReconcileRun } from './aggregatePort';
import { dayIn, resolvePeriod } from './period';
import type { CatalogRepository } from '../ports';
import { MAX_RECONCILE_DAYS, reconcilePeriod, type ReconcileDeps } from './reconcilePeriod';

type Deps = ReconcileDeps & { catalog: Pick<CatalogRepository, 'getHospital'> };

/** A run asked for by hand (after a bug fix or a migration): the days must have begun, at most a month of them. */
export async function reconcileDays(deps: Deps, hospitalId: string, days: { from: string; to: string }): Promise<ReconcileRun> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  const period = resolvePeriod(days, deps.clock.now(), hospital.timezone);
  if (period.days > MAX_RECONCILE_DAYS) throw new InvalidError(`A reconcile covers at most ${MAX_RECONCILE_DAYS} days`, `一次核对最多${MAX_RECONCILE_DAYS}天`);
  return reconcilePeriod(deps, hospital, period.from, period.to);
}

/** The nightly run: the two days before today in the hospital's zone (today's tickets are still moving). */
export async function reconcileRecentDays(deps: Deps, hospitalId: string): Promise<ReconcileRun> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  const today = parseISO(dayIn(deps.clock.now(), hospital.timezone));
  return reconcilePeriod(deps, hospital, format(addDays(today, -2), 'yyyy-MM-dd'), format(addDays(today, -1), 'yyyy-MM-dd'));
}
