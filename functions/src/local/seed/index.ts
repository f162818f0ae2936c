/** The seed's public face: the datasets and how to write them. */
export { demoHospital, demoHospitalId } from './demoHospital';
export { buildTestHospital, LIFTED_REPORT_LIMITS, testHospitalRefs, type TestHospitalRefs } from './testHospital';
export { seedDemoHospital, writeHospital } from './seedHospital';
export { staffIds } from './staff';
export type { HospitalDataset } from './dataset';
