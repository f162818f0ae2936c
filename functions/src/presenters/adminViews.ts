import type { AdminAsset, AdminCategory, AdminLocation, AdminUser } from '../contract/admin';
import type { AssetRecord, CategoryRecord, LocationRecord, UserRecord } from '../domain/records';
import { toAssetView, toCategoryView } from './catalogViews';

const versioned = (r: { version?: number; retired?: boolean }) => ({ version: r.version ?? 0, retired: r.retired ?? false });

export function toAdminLocation(l: LocationRecord): AdminLocation {
  return { id: l.id, name: l.name, type: l.type, parentId: l.parentId, ancestorIds: l.ancestorIds, roomUse: l.roomUse, qrCode: l.qrCode, ...versioned(l) };
}

export function toAdminAsset(a: AssetRecord): AdminAsset {
  return { ...toAssetView(a), warrantyEnd: a.warrantyEnd ?? null, maintenanceCycleDays: a.maintenanceCycleDays ?? null, ...versioned(a) };
}

export function toAdminCategory(c: CategoryRecord): AdminCategory {
  return {
    ...toCategoryView(c),
    offeredForRooms: c.offeredForRooms,
    dispatchMode: c.dispatchMode ?? 'manual',
    ...versioned(c),
  };
}

export function toAdminUser(u: UserRecord): AdminUser {
  return {
    id: u.id,
    name: u.name,
    roles: u.roles,
    department: u.department,
    team: u.team ?? null,
    skills: u.skills,
    phone: u.phone,
    shifts: u.shifts ?? [],
    homeBuildingId: u.homeBuildingId ?? null,
    vendorId: u.vendorId ?? null,
    linked: u.openid !== null,
    ...versioned(u),
  };
}
