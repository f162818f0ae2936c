import { randomUUID } from 'node:crypto';
import { DynamoCatalogWriter } from '../../functions/src/adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import { buildTestHospital, testHospitalRefs, writeHospital, type HospitalDataset, type TestHospitalRefs } from '../../functions/src/local/seed';
import { stackEnv } from './env';

export type TestHospital = TestHospitalRefs & { hospitalId: string; data: HospitalDataset };

/**
 * A fresh hospital for one test file (or one test), written straight to DynamoDB Local: its
 * own id, so tests never see each other's tickets and may run in parallel. The returned refs
 * name its rooms, devices, labels and users (`hospital.rooms.ward.qrCode`, `hospital.users.nurse`).
 */
export async function createTestHospital(): Promise<TestHospital> {
  const hospitalId = `t-${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const data = buildTestHospital(hospitalId);
  const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  try {
    await writeHospital(new DynamoCatalogWriter(doc, stackEnv('TABLE_NAME')), data);
  } finally {
    // No keep-alive sockets left behind to hold the jest worker open.
    doc.destroy();
  }
  return { ...testHospitalRefs, hospitalId, data };
}
