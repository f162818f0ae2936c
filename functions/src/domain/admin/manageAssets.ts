import type * as z from 'zod/mini';
import type { AssetFields, CreateAssetBody, UpdateAssetBody } from '../../contract/admin';
import { ConflictError } from '../errors';
import type { CatalogAdmin, CatalogRepository, CatalogWrite } from '../ports';
import type { AssetRecord, LocationRecord } from '../records';
import { checkVersion, invalidField, labelWrites, mustExist, newLabelCode } from './editRules';
import { buildingIdOf } from './locationTree';

type Deps = { catalog: CatalogRepository; catalogAdmin: CatalogAdmin };
type Fields = z.output<z.ZodMiniObject<typeof AssetFields>>;

/** A device stands in a room (or a floor's or building's plant area) that exists, under a category that exists. */
async function checkReferences(deps: Deps, hospitalId: string, fields: Fields): Promise<LocationRecord> {
  const [[location], category] = await Promise.all([
    deps.catalog.getLocations(hospitalId, [fields.locationId]),
    deps.catalog.getCategory(hospitalId, fields.categoryCode),
  ]);
  if (!location || location.retired) {
    throw invalidField('locationId', 'location_not_found', `Location ${fields.locationId} does not exist`, `位置 ${fields.locationId} 不存在`);
  }
  if (!category || category.retired) {
    throw invalidField('categoryCode', 'category_not_found', `Category ${fields.categoryCode} does not exist`, `报修类别 ${fields.categoryCode} 不存在`);
  }
  return location;
}

function ledgerFields(fields: Fields) {
  const { qrCode: _label, ...rest } = fields;
  return rest;
}

/** A new device in the ledger (设备档案), with its own label code (A-<id>) unless one is given. */
export async function createAsset(deps: Deps, hospitalId: string, body: z.output<typeof CreateAssetBody>): Promise<AssetRecord> {
  if (await deps.catalog.getAsset(hospitalId, body.id)) throw new ConflictError(`Device ${body.id} already exists`, `设备编号 ${body.id} 已存在`);
  const location = await checkReferences(deps, hospitalId, body);
  const qrCode = body.qrCode ?? newLabelCode('A', body.id);
  const asset: AssetRecord = { hospitalId, ...ledgerFields(body), id: body.id, buildingId: buildingIdOf(location), qrCode, version: 1, retired: false };
  await deps.catalogAdmin.write([
    { entity: { kind: 'asset', record: asset }, expect: 'absent' },
    ...labelWrites(hospitalId, { locationId: asset.locationId, assetId: asset.id, locationAncestorIds: location.ancestorIds }, null, qrCode),
  ]);
  return asset;
}

/**
 * Edits a device; a move to another room keeps its label: the label names the device, and the
 * device's current room is looked up at each scan (its label record follows it too).
 */
export async function updateAsset(deps: Deps, hospitalId: string, id: string, body: z.output<typeof UpdateAssetBody>): Promise<AssetRecord> {
  const current = mustExist(await deps.catalog.getAsset(hospitalId, id), `Device ${id}`, `设备 ${id} `);
  checkVersion('The device', '该设备', current, body.version);
  const location = await checkReferences(deps, hospitalId, body);
  const { version: _read, ...fields } = body;
  const qrCode = fields.qrCode ?? current.qrCode;
  const updated: AssetRecord = { ...current, ...ledgerFields(fields), buildingId: buildingIdOf(location), qrCode, version: (current.version ?? 0) + 1 };
  const target = { locationId: updated.locationId, assetId: id, locationAncestorIds: location.ancestorIds };
  const labelChanged = qrCode !== current.qrCode || updated.locationId !== current.locationId;
  await deps.catalogAdmin.write([
    { entity: { kind: 'asset', record: updated }, expect: { version: current.version ?? 0 } },
    ...(labelChanged ? labelWrites(hospitalId, target, current.qrCode, qrCode) : []),
  ]);
  return updated;
}

/** Takes a device out of service (报废); its label then answers "retired". */
export async function retireAsset(deps: Deps, hospitalId: string, id: string, version: number): Promise<AssetRecord> {
  const current = mustExist(await deps.catalog.getAsset(hospitalId, id), `Device ${id}`, `设备 ${id} `);
  checkVersion('The device', '该设备', current, version);
  const retired: AssetRecord = { ...current, retired: true, version: (current.version ?? 0) + 1 };
  await deps.catalogAdmin.write([
    { entity: { kind: 'asset', record: retired }, expect: { version: current.version ?? 0 } },
    ...labelWrites(hospitalId, { locationId: current.locationId, assetId: id }, null, current.qrCode, true).map((w): CatalogWrite => ({ ...w, expect: 'any' })),
  ]);
  return retired;
}
