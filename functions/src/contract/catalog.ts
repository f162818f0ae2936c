import * as z from 'zod/mini';
import { Id } from './common';
import { LocationType, RoomUse, Urgency } from './enums';

export const SlaPolicy = z.object({
  acceptWithinMinutes: z.record(Urgency, z.int()),
  arriveWithinMinutes: z.record(Urgency, z.int()),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

/** A quick phrase of a category in both languages: one tap sets the category and the text (in the reporter's language). */
export const QuickPhrase = z.object({ zh: z.string(), en: z.string() }).register(z.globalRegistry, { id: 'QuickPhrase' });
export type QuickPhrase = z.infer<typeof QuickPhrase>;

export const Category = z
  .object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    team: z.string(),
    sla: SlaPolicy,
    quickPhrases: z.array(QuickPhrase),
    /** The reporting department signs the confirmation on screen (签字确认). */
    signatureRequired: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'Category' });
export type Category = z.infer<typeof Category>;

export const CategoryList = z.object({ items: z.array(Category) });

export const LocationRef = z.object({ id: Id, name: z.string(), type: LocationType });
export type LocationRef = z.infer<typeof LocationRef>;

export interface LocationNode {
  id: string;
  name: string;
  type: LocationType;
  roomUse: RoomUse | null;
  qrCode: string | null;
  children: LocationNode[];
}
export const LocationNode: z.ZodMiniType<LocationNode> = z
  .object({
    id: Id,
    name: z.string(),
    type: LocationType,
    roomUse: z.nullable(RoomUse),
    qrCode: z.nullable(z.string()),
    get children() {
      return z.array(LocationNode);
    },
  })
  .register(z.globalRegistry, { id: 'LocationNode' });

export const LocationTree = z.object({ items: z.array(LocationNode) });

export const Asset = z
  .object({
    id: Id,
    name: z.string(),
    type: z.string(),
    model: z.nullable(z.string()),
    serial: z.nullable(z.string()),
    vendor: z.nullable(z.string()),
    installDate: z.nullable(z.string()),
    categoryCode: z.string(),
    lifeSupport: z.boolean(),
    locationId: Id,
    qrCode: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'Asset' });
export type Asset = z.infer<typeof Asset>;

/** A QR label's text: letters, digits and - _ only, as a WeChat scene allows (≤ 32). */
export const QrCode = z.string().check(z.minLength(1), z.maxLength(32), z.regex(/^[A-Za-z0-9_-]+$/));
