import type { CatalogWriter } from '../../domain/ports';
import { placeInitials } from '../../domain/catalog/placeInitials';
import type { HospitalDataset } from './dataset';
import { demoHospital } from './demoHospital';
import { buildingIdOf } from '../../domain/admin/locationTree';

/** Writes a dataset through the catalog port. Puts overwrite, so writing the same dataset twice is harmless. */
export async function writeHospital(writer: CatalogWriter, data: HospitalDataset): Promise<void> {
  await writer.putHospital(data.hospital);
  await writer.putCategories(data.categories);
  await writer.putLocations(data.locations.map((l) => ({ ...l, initials: placeInitials(l.name) })));
  // The ledger's building filter reads the building from the device (as admin writes store it).
  const locations = new Map(data.locations.map((l) => [l.id, l]));
  await writer.putAssets(data.assets.map((a) => ({ ...a, buildingId: a.buildingId ?? buildingIdOf(locations.get(a.locationId)) })));
  await writer.putQrCodes(data.qrCodes);
  await writer.putUsers(data.users);
  if (data.vendors?.length) await writer.putVendors(data.vendors);
}

export async function seedDemoHospital(writer: CatalogWriter): Promise<HospitalDataset> {
  const data = demoHospital();
  await writeHospital(writer, data);
  return data;
}
