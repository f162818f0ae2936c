import type { Asset, Category, LocationNode } from '../contract/catalog';
import type { User } from '../contract/users';
import type { AssetRecord, CategoryRecord, Hospital, LocationRecord, UserRecord } from '../domain/records';

export function toCategoryView(c: CategoryRecord): Category {
  return {
    code: c.code,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    team: c.team,
    sla: c.sla,
    quickPhrases: c.quickPhrases,
    signatureRequired: c.signatureRequired ?? false,
  };
}

export function toAssetView(a: AssetRecord): Asset {
  return {
    id: a.id,
    name: a.name,
    type: a.type,
    model: a.model,
    serial: a.serial,
    vendor: a.vendor,
    installDate: a.installDate,
    categoryCode: a.categoryCode,
    lifeSupport: a.lifeSupport,
    locationId: a.locationId,
    qrCode: a.qrCode,
  };
}

/** Nests the flat location list into campus › building › floor › room, each level sorted by name. */
export function toLocationTree(locations: readonly LocationRecord[]): LocationNode[] {
  const nodes = new Map<string, LocationNode>(
    locations.map((l) => [l.id, { id: l.id, name: l.name, type: l.type, roomUse: l.roomUse, qrCode: l.qrCode, children: [] }]),
  );
  const roots: LocationNode[] = [];
  for (const l of locations) {
    const node = nodes.get(l.id)!;
    const parent = l.parentId ? nodes.get(l.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: LocationNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export function toUserView(u: UserRecord, hospital: Hospital): User {
  return {
    id: u.id,
    hospitalId: u.hospitalId,
    hospitalName: hospital.name,
    hospitalTimezone: hospital.timezone,
    name: u.name,
    roles: u.roles,
    department: u.department,
    skills: u.skills,
    phone: u.phone,
    kind: u.kind ?? 'staff',
    vendorId: u.vendorId ?? null,
  };
}
