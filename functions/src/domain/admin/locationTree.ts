import type { LocationType } from '../../contract/enums';
import type { LocationRecord } from '../records';
import { PARENT_TYPE, TYPE_ZH } from './editRules';
import type { FieldProblem } from '../errors';

/**
 * Where a location of a type may hang: a campus at the root, anything else under a location of
 * the level above. Answers the problem, or the ancestor ids (campus first) of the new place.
 */
export function placeUnder(
  id: string,
  type: LocationType,
  parentId: string | null,
  parent: LocationRecord | undefined,
): { ancestorIds: string[] } | { problem: FieldProblem } {
  const expected = PARENT_TYPE[type];
  const problem = (code: string, message: string, messageZh: string) => ({ problem: { field: 'parentId', code, message, messageZh } });
  if (expected === null) {
    return parentId === null ? { ancestorIds: [] } : problem('campus_has_no_parent', 'A campus has no parent', '院区不能有上级位置');
  }
  if (parentId === null) return problem('parent_required', `A ${type} needs a ${expected} as its parent`, `${TYPE_ZH[type]}须指定所属${TYPE_ZH[expected]}`);
  if (!parent || parent.retired) return problem('parent_not_found', `Parent ${parentId} does not exist`, `上级位置 ${parentId} 不存在`);
  if (parent.type !== expected) {
    return problem('parent_wrong_level', `A ${type} belongs under a ${expected}, not a ${parent.type}`, `${TYPE_ZH[type]}应属于${TYPE_ZH[expected]}，不能放在${TYPE_ZH[parent.type]}下`);
  }
  if (parent.id === id || parent.ancestorIds.includes(id)) {
    return problem('parent_is_descendant', 'A location cannot move under itself', '不能把位置移到它自身之下');
  }
  return { ancestorIds: [...parent.ancestorIds, parent.id] };
}

/**
 * After `moved` got new ancestors, the descendants whose ancestor ids change with it: each keeps
 * its path below `moved` and takes the new one above.
 */
export function reparentedDescendants(all: readonly LocationRecord[], moved: LocationRecord): LocationRecord[] {
  return all
    .filter((l) => l.ancestorIds.includes(moved.id))
    .map((l) => ({ ...l, ancestorIds: [...moved.ancestorIds, ...l.ancestorIds.slice(l.ancestorIds.indexOf(moved.id))] }));
}

/** The building a place is in (itself, for a building); null for a campus. Ancestors run campus first. */
export function buildingIdOf(location: Pick<LocationRecord, 'id' | 'type' | 'ancestorIds'> | undefined): string | null {
  if (!location || location.type === 'campus') return null;
  return location.type === 'building' ? location.id : (location.ancestorIds[1] ?? null);
}
