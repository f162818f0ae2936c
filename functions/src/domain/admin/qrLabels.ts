import type { LabelKind } from '../../contract/admin';
import { ConflictError, RateLimitedError } from '../errors';
import { MiniProgramCodeError, type CatalogAdmin, type CatalogRepository, type MiniProgramCodes } from '../ports';
import type { LocationRecord } from '../records';
import { invalidField, mustExist } from './editRules';

export interface Label {
  code: string;
  /** The place or device name printed on the label. */
  name: string;
  /** Where it is, by name: building · floor, and the room of a device (two buildings both have an 电梯厅). */
  place: string;
  /** The same by ids, printed when a name has a character the label font lacks. */
  placeIds: string;
  /** What the QR encodes. */
  link: string;
  /** The image printed instead of a QR of the link: the WeChat mini-program code (JPEG or PNG bytes). */
  codeImage?: Uint8Array;
}

/** Which labels to print (QrLabelsQuery, parsed): none of building, floors and codes means every label of the hospital. */
export interface LabelSelection {
  buildingId?: string;
  floorIds?: readonly string[];
  /** Some rooms' or devices' label codes. */
  codes?: readonly string[];
  kind: LabelKind;
  /** From 1: which `perPage` of the selected labels. */
  page: number;
  perPage: number;
}

export interface LabelPage {
  labels: Label[];
  total: number;
  page: number;
  pageCount: number;
}

/** The page a mini-program code opens; it reads the label code from `scene`. */
export const REPORT_PAGE = 'pages/report/index';
/** Codes asked of WeChat at a time: a building's sheet is quick without hitting its minute quota. */
const CODE_CONCURRENCY = 4;

/** The plain HTTPS link of a label: the H5 report page with the code as its scene. */
export function labelLink(baseUrl: string, code: string): string {
  return `${baseUrl}/#/pages/report/index?scene=${encodeURIComponent(code)}`;
}

type Places = ReadonlyMap<string, LocationRecord>;

/** The building, the floor and (for a device) the room of a place, by name and by id. */
function whereIs(places: Places, location: LocationRecord, withRoom: boolean): { place: string; placeIds: string } {
  // The campus is left out: a label is read on the spot, where the building is what tells it apart.
  const line = [...location.ancestorIds.map((id) => places.get(id)), withRoom ? location : undefined].filter((l): l is LocationRecord => !!l && l.type !== 'campus');
  return { place: line.map((l) => l.name).join(' · '), placeIds: line.map((l) => l.id).join(' · ') };
}

/** The selection's scope: the location ids a label's place must be or be inside; null for the whole hospital. */
function scopeOf(places: Places, selection: LabelSelection): string[] | null {
  const building = selection.buildingId
    ? mustExist(places.get(selection.buildingId)?.type === 'building' ? places.get(selection.buildingId) : null, `Building ${selection.buildingId}`, `楼栋 ${selection.buildingId} `)
    : null;
  if (!selection.floorIds?.length) return building ? [building.id] : null;
  return selection.floorIds.map((id) => {
    const floor = places.get(id);
    const inBuilding = !building || floor?.ancestorIds.includes(building.id);
    return mustExist(floor?.type === 'floor' && inBuilding ? floor : null, `Floor ${id}`, `楼层 ${id} `).id;
  });
}

/**
 * The labels a selection prints, one page of them: each room's label followed by its devices',
 * in room order, so a sheet is stuck up floor by floor. Retired places and devices have none.
 */
export async function selectLabels(
  deps: { catalog: Pick<CatalogRepository, 'listLocations'>; catalogAdmin: Pick<CatalogAdmin, 'listAssets'> },
  hospitalId: string,
  selection: LabelSelection,
  baseUrl: string,
): Promise<LabelPage> {
  const places: Places = new Map((await deps.catalog.listLocations(hospitalId)).filter((l) => !l.retired).map((l) => [l.id, l]));
  const scope = scopeOf(places, selection);
  const inScope = (l: LocationRecord) => scope === null || scope.some((id) => l.id === id || l.ancestorIds.includes(id));
  const sorted: { sortKey: string; label: Label }[] = [];
  if (selection.kind !== 'assets') {
    for (const room of places.values()) {
      if (room.type !== 'room' || !room.qrCode || !inScope(room)) continue;
      sorted.push({ sortKey: `${room.id}\u0000`, label: { code: room.qrCode, name: room.name, ...whereIs(places, room, false), link: labelLink(baseUrl, room.qrCode) } });
    }
  }
  if (selection.kind !== 'rooms') {
    for (const asset of await deps.catalogAdmin.listAssets(hospitalId)) {
      const location = places.get(asset.locationId);
      if (asset.retired || !asset.qrCode || !location || !inScope(location)) continue;
      sorted.push({ sortKey: `${location.id}\u0001${asset.id}`, label: { code: asset.qrCode, name: asset.name, ...whereIs(places, location, true), link: labelLink(baseUrl, asset.qrCode) } });
    }
  }
  const chosen = selection.codes?.length ? onlyCodes(sorted, selection.codes) : sorted;
  chosen.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const pageCount = Math.max(1, Math.ceil(chosen.length / selection.perPage));
  if (selection.page > pageCount) {
    throw invalidField('page', 'too_big', `There are ${pageCount} page(s) of labels, not ${selection.page}`, `标签只有 ${pageCount} 页，没有第 ${selection.page} 页`);
  }
  const from = (selection.page - 1) * selection.perPage;
  return { labels: chosen.slice(from, from + selection.perPage).map((x) => x.label), total: chosen.length, page: selection.page, pageCount };
}

/** The labels of the codes asked for; a code that is no active label in the selection is a 404 naming it. */
function onlyCodes<T extends { label: Label }>(all: readonly T[], codes: readonly string[]): T[] {
  const byCode = new Map(all.map((x) => [x.label.code, x]));
  return [...new Set(codes)].map((code) => mustExist(byCode.get(code), `Label ${code}`, `标签 ${code} `));
}

/**
 * The labels with their WeChat mini-program codes (scene = the label code, page = the report
 * page), a few requests at a time. Refusals become domain errors: not configured or refused → 409,
 * WeChat's quota (45009 daily, 45011 per minute) → 429; nothing is printed half done.
 */
export async function withMiniProgramCodes(codes: MiniProgramCodes | null, labels: readonly Label[]): Promise<Label[]> {
  if (!codes) {
    throw new ConflictError(
      'WeChat mini-program codes are not available: this deployment has no WeChat app secret for label printing. Print the labels as links (format=link)',
      '未配置微信小程序（缺少 AppSecret），无法生成小程序码；请改用普通二维码标签（format=link）',
    );
  }
  const out: Label[] = [...labels];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < out.length) {
      const i = next++;
      const label = out[i]!;
      try {
        out[i] = { ...label, codeImage: (await codes.codeFor(label.code, REPORT_PAGE)).bytes };
      } catch (error) {
        failed = true; // the other workers stop asking: the sheet fails as a whole
        throw codeFailure(label.code, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CODE_CONCURRENCY, out.length) }, worker));
  return out;
}

function codeFailure(code: string, error: unknown): Error {
  if (!(error instanceof MiniProgramCodeError)) {
    return new ConflictError(
      `WeChat did not answer the mini-program code request for label ${code}; try again later or print the labels as links (format=link)`,
      `微信未响应标签 ${code} 的小程序码请求，请稍后重试或改用普通二维码标签（format=link）`,
      { cause: error },
    );
  }
  if (error.errcode === 45009 || error.errcode === 45011) {
    const daily = error.errcode === 45009;
    return new RateLimitedError(
      `WeChat's ${daily ? 'daily' : 'per-minute'} quota of mini-program codes is used up (errcode ${error.errcode}); try again ${daily ? 'tomorrow' : 'in a minute'} or print the labels as links (format=link)`,
      `微信小程序码${daily ? '今日' : '每分钟'}调用次数已达上限（错误码 ${error.errcode}），请${daily ? '明天' : '一分钟后'}重试或改用普通二维码标签（format=link）`,
      { cause: error },
    );
  }
  if (error.errcode === 41030) {
    return new ConflictError(
      `WeChat refused the mini-program code: the report page ${REPORT_PAGE} is not in the released mini-program (errcode 41030)`,
      `微信拒绝生成小程序码：报修页面 ${REPORT_PAGE} 不在已发布的小程序中（错误码 41030）`,
      { cause: error },
    );
  }
  return new ConflictError(
    `WeChat refused the mini-program code of label ${code} (errcode ${error.errcode})`,
    `微信拒绝生成标签 ${code} 的小程序码（错误码 ${error.errcode}）`,
    { cause: error },
  );
}
