import { randomBytes } from 'node:crypto';
import { ConflictError, InvalidError, NotFoundError } from '../errors';
import type { LocationType } from '../../contract/enums';
import type { CatalogWrite } from '../ports';
import type { QrCodeRecord } from '../records';

/** Checks the version the client read against the stored one (records older than versioning are 0). */
export function checkVersion(what: string, whatZh: string, current: { version?: number }, expected: number): void {
  const stored = current.version ?? 0;
  if (stored !== expected) {
    throw new ConflictError(
      `${what} was changed by someone else (version ${stored}, you edited ${expected}); reload and try again`,
      `${whatZh}已被他人修改（当前版本 ${stored}，您编辑的是 ${expected}），请刷新后重试`,
    );
  }
}

export function mustExist<T>(record: T | null | undefined, what: string, whatZh: string): T {
  if (!record || (record as { retired?: boolean }).retired) throw new NotFoundError(what, whatZh);
  return record;
}

export function invalidField(field: string, code: string, message: string, messageZh: string): InvalidError {
  return new InvalidError(message, messageZh, [{ field, code, message, messageZh }]);
}

/** The level a location of each type hangs under (a campus is a root). */
export const PARENT_TYPE: Record<LocationType, LocationType | null> = { campus: null, building: 'campus', floor: 'building', room: 'floor' };
export const TYPE_ZH: Record<LocationType, string> = { campus: '院区', building: '楼栋', floor: '楼层', room: '房间' };

const MAX_CODE_LENGTH = 32;

/** A new label's code: R-/A- and the id when it fits a WeChat scene (≤ 32), else a random one. */
export function newLabelCode(prefix: 'R' | 'A', id: string): string {
  const readable = `${prefix}-${id}`;
  return readable.length <= MAX_CODE_LENGTH ? readable : `${prefix}-${randomBytes(8).toString('hex')}`;
}

/**
 * The label writes of an entity whose code may change: the new code is created (its key must be
 * free), an old one is kept answering "retired" so labels already on the wall say so clearly.
 */
/** `target.locationAncestorIds`: the label's hint for reading a place in one round trip (QrCodeRecord). */
export function labelWrites(hospitalId: string, target: { locationId: string; assetId: string | null; locationAncestorIds?: string[] }, oldCode: string | null, newCode: string | null, retired = false): CatalogWrite[] {
  const writes: CatalogWrite[] = [];
  const qr = (code: string, isRetired: boolean): QrCodeRecord => ({ hospitalId, code, ...target, retired: isRetired });
  if (oldCode && oldCode !== newCode) writes.push({ entity: { kind: 'qr', record: qr(oldCode, true) }, expect: 'any' });
  if (newCode) writes.push({ entity: { kind: 'qr', record: qr(newCode, retired) }, expect: newCode === oldCode ? 'any' : 'absent' });
  return writes;
}
