import type { LabelKind } from '../../contract/admin';
import { ConflictError, RateLimitedError } from '../errors';
import { MiniProgramCodeError, type CatalogAdmin, type CatalogRepository, type MiniProgramCodes } from '../ports';
import { mustExist } from './editRules';

export interface Label {
  code: string;
  /** The place or device name printed on the label. */
  name: string;
  /** Where it is, e.g. "T1-0202" or the room of a device. */
  caption: string;
  /** What the QR encodes. */
  link: string;
  /** The image printed instead of a QR of the link: the WeChat mini-program code (JPEG or PNG bytes). */
  codeImage?: Uint8Array;
}

/** The page a mini-program code opens; it reads the label code from `scene`. */
export const REPORT_PAGE = 'pages/report/index';
/** Codes asked of WeChat at a time: a building's sheet is quick without hitting its minute quota. */
const CODE_CONCURRENCY = 4;

/** The plain HTTPS link of a label: the H5 report page with the code as its scene. */
export function labelLink(baseUrl: string, code: string): string {
  return `${baseUrl}/#/pages/report/index?scene=${encodeURIComponent(code)}`;
}

/** Every active label of a building: its rooms (by floor) and/or the devices in it. */
export async function labelsOfBuilding(
  deps: { catalog: CatalogRepository; catalogAdmin: CatalogAdmin },
  hospitalId: string,
  buildingId: string,
  kind: LabelKind,
  baseUrl: string,
): Promise<Label[]> {
  const locations = (await deps.catalog.listLocations(hospitalId)).filter((l) => !l.retired);
  const building = mustExist(locations.find((l) => l.id === buildingId && l.type === 'building'), `Building ${buildingId}`, `楼栋 ${buildingId} `);
  const inside = new Map(locations.filter((l) => l.id === building.id || l.ancestorIds.includes(building.id)).map((l) => [l.id, l]));
  const labels: Label[] = [];
  if (kind !== 'assets') {
    for (const room of [...inside.values()].filter((l) => l.type === 'room' && l.qrCode).sort((a, b) => a.id.localeCompare(b.id))) {
      labels.push({ code: room.qrCode!, name: room.name, caption: room.id, link: labelLink(baseUrl, room.qrCode!) });
    }
  }
  if (kind !== 'rooms') {
    const assets = (await deps.catalogAdmin.listAssets(hospitalId)).filter((a) => !a.retired && a.qrCode && inside.has(a.locationId));
    for (const asset of assets.sort((a, b) => a.locationId.localeCompare(b.locationId) || a.id.localeCompare(b.id))) {
      labels.push({ code: asset.qrCode!, name: asset.name, caption: `${inside.get(asset.locationId)!.name} · ${asset.id}`, link: labelLink(baseUrl, asset.qrCode!) });
    }
  }
  return labels;
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
