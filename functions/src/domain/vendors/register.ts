import { ulid } from 'ulid';
import type { ListVendorsQuery, UpdateVendorBody, Vendor, VendorContractInput, VendorFields, CreateVendorBody } from '../../contract/vendors';
import type { AuditRecord } from '../admin/audit/auditRecord';
import { snapshotOf } from '../admin/audit/auditRecord';
import { checkVersion, invalidField } from '../admin/editRules';
import { isVendorStaff } from '../access';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { can } from '../policy/can';
import type { CatalogRepository, Clock } from '../ports';
import type { UserRecord } from '../records';
import { hospitalDay } from '../tickets/ticketNumber';
import { coverageClash, isActiveOn, linesOverlap } from './coverage';
import type { VendorRepository } from './ports';
import type { VendorContract, VendorRecord } from './records';

/** The vendor register and contracts (issue 16, VORG): create, edit, retire, read; every write audited. */
export type VendorDeps = { clock: Clock; catalog: CatalogRepository; vendors: VendorRepository };

/** Vendors one hospital may register: the register is read whole at every report (one Query). */
export const MAX_VENDORS = 100;

const forbidden = () => new ForbiddenError('Only an administrator manages vendors and their contracts', '仅管理员可管理外包单位及合同');
const notFound = (id: string) => new NotFoundError(`Vendor ${id}`, `外包单位 ${id} `);

/** The contract's own consistency: its period, its lines, levels and terms (bilingual 400s). */
function checkContract(contract: VendorContractInput): void {
  if (contract.endsOn < contract.startsOn) {
    throw invalidField('contract.endsOn', 'range', `The contract ends (${contract.endsOn}) before it starts (${contract.startsOn})`, `合同结束日期（${contract.endsOn}）早于开始日期（${contract.startsOn}）`);
  }
  contract.coverage.forEach((line, i) => {
    const j = contract.coverage.findIndex((other, k) => k < i && linesOverlap(other, line));
    if (j >= 0) throw invalidField(`contract.coverage.${i}`, 'duplicate_coverage', `Coverage line ${i + 1} repeats line ${j + 1} (${line.categoryCode})`, `服务范围第 ${i + 1} 行与第 ${j + 1} 行重复（${line.categoryCode}）`);
  });
  const covered = new Set(contract.coverage.map((l) => l.categoryCode));
  const levels = new Set<string>();
  contract.serviceLevels.forEach((level, i) => {
    if (!covered.has(level.categoryCode)) {
      throw invalidField(`contract.serviceLevels.${i}.categoryCode`, 'not_covered', `Service level ${i + 1} names ${level.categoryCode}, which the contract does not cover`, `服务标准第 ${i + 1} 行的类别 ${level.categoryCode} 不在合同服务范围内`);
    }
    const key = `${level.categoryCode}#${level.urgency}`;
    if (levels.has(key)) throw invalidField(`contract.serviceLevels.${i}`, 'duplicate_level', `Service level ${i + 1} repeats ${level.categoryCode} / ${level.urgency}`, `服务标准第 ${i + 1} 行重复（${level.categoryCode} / ${level.urgency}）`);
    levels.add(key);
  });
  const terms = new Set<string>();
  contract.terms.forEach((term, i) => {
    if (terms.has(term.id)) throw invalidField(`contract.terms.${i}.id`, 'duplicate_term', `Term id ${term.id} is used twice`, `考核条款编号 ${term.id} 重复`);
    terms.add(term.id);
  });
}

/** Every category and building the coverage names exists in the hospital's registers. */
async function checkRegisters(deps: VendorDeps, hospitalId: string, contract: VendorContractInput): Promise<void> {
  const buildingIds = [...new Set(contract.coverage.flatMap((l) => l.buildingIds))];
  const [categories, buildings] = await Promise.all([deps.catalog.listCategories(hospitalId), deps.catalog.getLocations(hospitalId, buildingIds)]);
  const categoryCodes = new Set(categories.filter((c) => !c.retired).map((c) => c.code));
  const buildingSet = new Set(buildings.filter((b) => !b.retired && b.type === 'building').map((b) => b.id));
  contract.coverage.forEach((line, i) => {
    if (!categoryCodes.has(line.categoryCode)) throw invalidField(`contract.coverage.${i}.categoryCode`, 'category_not_found', `Category ${line.categoryCode} does not exist`, `报修类别 ${line.categoryCode} 不存在`);
    const j = line.buildingIds.findIndex((id) => !buildingSet.has(id));
    if (j >= 0) throw invalidField(`contract.coverage.${i}.buildingIds.${j}`, 'building_not_found', `Building ${line.buildingIds[j]} does not exist`, `楼栋 ${line.buildingIds[j]} 不存在`);
  });
}

function refuseClash(vendorId: string, contract: VendorContract, others: readonly VendorRecord[]): void {
  const clash = coverageClash(vendorId, contract, others);
  if (!clash) return;
  const where = clash.line.buildingIds.length === 0 ? 'the whole hospital' : `building(s) ${clash.line.buildingIds.join(', ')}`;
  const whereZh = clash.line.buildingIds.length === 0 ? '全院' : `楼栋 ${clash.line.buildingIds.join('、')}`;
  throw new ConflictError(
    `${clash.other.nameEn} (${clash.other.id}) already covers ${clash.line.categoryCode} in ${where} in an overlapping period`,
    `${clash.other.nameZh}（${clash.other.id}）在重叠的合同期内已负责${whereZh}的 ${clash.line.categoryCode}`,
  );
}

function auditOf(actor: Actor, now: Date, action: AuditRecord['action'], before: VendorRecord | null, after: VendorRecord): AuditRecord {
  return { hospitalId: after.hospitalId, id: ulid(now.getTime()), at: now.toISOString(), kind: 'vendor', recordId: after.id, action, actorId: actor.id, actorName: actor.name, before: snapshotOf(before), after: snapshotOf(after) };
}

type Actor = UserRecord;

const fieldsOf = (body: VendorFields) => ({
  nameZh: body.nameZh,
  nameEn: body.nameEn,
  contactName: body.contactName,
  contactPhone: body.contactPhone,
  notes: body.notes,
  contract: body.contract,
});

/** The checks every save makes: the contract, the registers, no other vendor on the same ground. */
async function checkedSave(deps: VendorDeps, hospitalId: string, vendorId: string, contract: VendorContractInput): Promise<VendorRecord[]> {
  checkContract(contract);
  const [others] = await Promise.all([deps.vendors.list(hospitalId), checkRegisters(deps, hospitalId, contract)]);
  refuseClash(vendorId, contract, others);
  return others;
}

export async function createVendor(deps: VendorDeps, actor: Actor, body: CreateVendorBody): Promise<VendorRecord> {
  if (!can(actor, 'vendor', { vendorId: body.id, act: 'manage' })) throw forbidden();
  const others = await checkedSave(deps, actor.hospitalId, body.id, body.contract);
  if (others.some((v) => v.id === body.id)) throw new ConflictError(`Vendor ${body.id} already exists`, `外包单位 ${body.id} 已存在`);
  if (others.length >= MAX_VENDORS) throw new ConflictError(`A hospital registers at most ${MAX_VENDORS} vendors; retire one first`, `每家医院最多登记 ${MAX_VENDORS} 家外包单位，请先停用不再合作的单位`);
  const now = deps.clock.now();
  const vendor: VendorRecord = { hospitalId: actor.hospitalId, id: body.id, ...fieldsOf(body), createdAt: now.toISOString(), updatedAt: now.toISOString(), version: 1, retired: false };
  await deps.vendors.save(vendor, 'absent', auditOf(actor, now, 'create', null, vendor));
  return vendor;
}

export async function updateVendor(deps: VendorDeps, actor: Actor, vendorId: string, body: UpdateVendorBody): Promise<VendorRecord> {
  if (!can(actor, 'vendor', { vendorId, act: 'manage' })) throw forbidden();
  const current = await deps.vendors.get(actor.hospitalId, vendorId);
  if (!current || current.retired) throw notFound(vendorId);
  checkVersion('The vendor', '该外包单位', current, body.version);
  await checkedSave(deps, actor.hospitalId, vendorId, body.contract);
  const now = deps.clock.now();
  const updated: VendorRecord = { ...current, ...fieldsOf(body), version: current.version + 1, updatedAt: now.toISOString() };
  await deps.vendors.save(updated, { version: current.version }, auditOf(actor, now, 'update', current, updated));
  return updated;
}

/** Retired: new reports are no longer stamped with it; its tickets and staff stay as they are. */
export async function retireVendor(deps: VendorDeps, actor: Actor, vendorId: string, version: number): Promise<VendorRecord> {
  if (!can(actor, 'vendor', { vendorId, act: 'manage' })) throw forbidden();
  const current = await deps.vendors.get(actor.hospitalId, vendorId);
  if (!current || current.retired) throw notFound(vendorId);
  checkVersion('The vendor', '该外包单位', current, version);
  const now = deps.clock.now();
  const retired: VendorRecord = { ...current, retired: true, version: current.version + 1, updatedAt: now.toISOString() };
  await deps.vendors.save(retired, { version: current.version }, auditOf(actor, now, 'retire', current, retired));
  return retired;
}

async function todayOf(deps: VendorDeps, hospitalId: string): Promise<string> {
  const hospital = await deps.catalog.getHospital(hospitalId);
  if (!hospital) throw new NotFoundError(`Hospital ${hospitalId}`, `医院 ${hospitalId} `);
  return hospitalDay(deps.clock.now(), hospital.timezone);
}

/** One vendor: the hospital's readers any; a vendor manager only their own (else 404, not to confirm another's id). */
export async function readVendor(deps: VendorDeps, viewer: UserRecord, vendorId: string): Promise<Vendor> {
  if (!can(viewer, 'vendor', { vendorId, act: 'readEntry' })) throw notFound(vendorId);
  const [vendor, today] = await Promise.all([deps.vendors.get(viewer.hospitalId, vendorId), todayOf(deps, viewer.hospitalId)]);
  if (!vendor) throw notFound(vendorId);
  return toVendorView(vendor, viewer, today);
}

const matches = (v: VendorRecord, q: string) =>
  [v.id, v.nameZh, v.nameEn, v.contract.reference].some((field) => field.toLocaleLowerCase().includes(q.toLocaleLowerCase()));

/** The register (the hospital's readers; the route refuses vendor staff): active first, then by id. */
export async function listVendors(deps: VendorDeps, viewer: UserRecord, query: ListVendorsQuery): Promise<Vendor[]> {
  const [vendors, today] = await Promise.all([deps.vendors.list(viewer.hospitalId), todayOf(deps, viewer.hospitalId)]);
  return vendors
    .filter((v) => (query.includeRetired === 'true' || !v.retired) && (!query.q || matches(v, query.q.trim())))
    .filter((v) => can(viewer, 'vendor', { vendorId: v.id, act: 'readEntry' }))
    .map((v) => toVendorView(v, viewer, today))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.id.localeCompare(b.id));
}

/** The contract's view; the vendor's own staff do not see the hospital's contact for them or its notes. */
export function toVendorView(vendor: VendorRecord, viewer: UserRecord, today: string): Vendor {
  const own = isVendorStaff(viewer);
  return {
    id: vendor.id,
    nameZh: vendor.nameZh,
    nameEn: vendor.nameEn,
    contactName: own ? null : vendor.contactName,
    contactPhone: own ? null : vendor.contactPhone,
    notes: own ? null : (vendor.notes ?? null),
    contract: vendor.contract,
    active: isActiveOn(vendor, today),
    version: vendor.version,
    retired: vendor.retired ?? false,
  };
}

/** A saved entry's view for the one who saved it (today by the hospital's zone). */
export async function vendorView(deps: VendorDeps, viewer: UserRecord, vendor: VendorRecord): Promise<Vendor> {
  return toVendorView(vendor, viewer, await todayOf(deps, viewer.hospitalId));
}
