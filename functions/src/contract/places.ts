import * as z from 'zod/mini';
import { Id } from './common';
import { Asset } from './catalog';
import { LocationType, RoomUse } from './enums';

/** The desk's place search: a name, a label code or pinyin initials (心内科 → xnk). */
export const PlaceSearchQuery = z.object({
  q: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
});

export const PlaceMatch = z.object({
  id: Id,
  name: z.string(),
  type: LocationType,
  roomUse: z.nullable(RoomUse),
  qrCode: z.nullable(z.string()),
  /** Names from the campus down to the place itself, so two buildings' 1层 · 电梯厅 differ. */
  path: z.array(z.string()),
});
export type PlaceMatch = z.infer<typeof PlaceMatch>;

export const PlaceList = z.object({ items: z.array(PlaceMatch) }).register(z.globalRegistry, { id: 'PlaceList' });
export type PlaceList = z.infer<typeof PlaceList>;

export const PlaceParams = z.object({ id: Id });

export const PlaceAssetList = z.object({ items: z.array(Asset) }).register(z.globalRegistry, { id: 'PlaceAssetList' });
export type PlaceAssetList = z.infer<typeof PlaceAssetList>;
