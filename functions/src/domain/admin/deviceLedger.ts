import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { AssetListQuery } from '../../contract/audit';
import type { AssetLedgerFilters, CatalogAdmin, CatalogRepository } from '../ports';
import type { AssetRecord, Page } from '../records';
import { NotFoundError } from '../errors';

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin };
const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');

/** The device ledger's page: the query's filters, the warranty judged on the hospital's calendar day. */
export async function listLedger(deps: Deps, hospitalId: string, query: AssetListQuery, now: Date): Promise<Page<AssetRecord>> {
  let warranty: AssetLedgerFilters['warranty'];
  if (query.warranty) {
    const hospital = await deps.catalog.getHospital(hospitalId);
    warranty = { state: query.warranty, today: format(new TZDate(now, hospital?.timezone ?? 'Asia/Shanghai'), 'yyyy-MM-dd') };
  }
  const filters: AssetLedgerFilters = {
    text: query.q,
    buildingId: query.building,
    type: query.type,
    categoryCode: query.category,
    vendor: query.vendor,
    warranty,
    lifeSupport: flag(query.lifeSupport),
    retired: flag(query.retired),
  };
  return deps.catalogAdmin.pageAssets(hospitalId, filters, { limit: query.limit ?? 20, cursor: query.cursor });
}

/** One device as the ledger keeps it, retired or not. */
export async function getLedgerAsset(deps: Deps, hospitalId: string, id: string): Promise<AssetRecord> {
  const asset = await deps.catalog.getAsset(hospitalId, id);
  if (!asset) throw new NotFoundError(`Device ${id}`, `设备 ${id} `);
  return asset;
}
