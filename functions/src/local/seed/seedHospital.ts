import type { CatalogWriter } from '../../domain/ports';
import { placeInitials } from '../../domain/catalog/placeInitials';
import type { HospitalDataset } from './dataset';
import { demoHospital } from './demoHospital';

/** Writes a dataset through the catalog port. Puts overwrite, so writing the same dataset twice is harmless. */
export async function writeHospital(writer: CatalogWriter, data: HospitalDataset): Promise<void> {
  await writer.putHospital(data.hospital);
  await writer.putCategories(data.categories);
  await writer.putLocations(data.locations.map((l) => ({ ...l, initials: placeInitials(l.name) })));
  await writer.putAssets(data.assets);
  await writer.putQrCodes(data.qrCodes);
  await writer.putUsers(data.users);
}

export async function seedDemoHospital(writer: CatalogWriter): Promise<HospitalDataset> {
  const data = demoHospital();
  await writeHospital(writer, data);
  return data;
}
