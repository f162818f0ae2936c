import { DynamoCatalogWriter } from '../../functions/src/adapters/dynamo/catalogWriter';
import { createDocumentClient } from '../../functions/src/adapters/dynamo/client';
import type { CategoryRecord, Hospital, UserRecord } from '../../functions/src/domain/records';
import type { TestHospital } from './hospital';
import { stackEnv } from './env';

/** Changes a test makes to its hospital's reference data, as an administrator would (until the admin API exists). */
async function withWriter(fn: (w: DynamoCatalogWriter) => Promise<void>): Promise<void> {
  const doc = createDocumentClient({ endpoint: stackEnv('DYNAMODB_ENDPOINT'), region: 'cn-north-1' });
  try {
    await fn(new DynamoCatalogWriter(doc, stackEnv('TABLE_NAME')));
  } finally {
    doc.destroy();
  }
}

export async function setCategory(hospital: TestHospital, code: string, patch: Partial<CategoryRecord>): Promise<void> {
  const category = hospital.data.categories.find((c) => c.code === code);
  if (!category) throw new Error(`no category ${code}`);
  Object.assign(category, patch);
  await withWriter((w) => w.putCategories([category]));
}

export async function addUser(hospital: TestHospital, user: Pick<UserRecord, 'id' | 'name' | 'roles'> & Partial<UserRecord>): Promise<void> {
  await withWriter((w) =>
    w.putUsers([{ hospitalId: hospital.hospitalId, department: null, skills: [], phone: null, openid: null, createdAt: new Date().toISOString(), ...user }]),
  );
}

export async function setHospitalPolicy(hospital: TestHospital, policy: Hospital['policy']): Promise<void> {
  hospital.data.hospital.policy = { ...hospital.data.hospital.policy, ...policy };
  await withWriter((w) => w.putHospital(hospital.data.hospital));
}

/** The hospital's own report limits (undefined: the product's defaults). */
export async function setHospitalLimits(hospital: TestHospital, limits: Hospital['limits']): Promise<void> {
  const { limits: _old, ...rest } = hospital.data.hospital;
  hospital.data.hospital = limits ? { ...rest, limits } : rest;
  await withWriter((w) => w.putHospital(hospital.data.hospital));
}
