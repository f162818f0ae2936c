import type { PhotoStore } from './domain/ports';
import { buildDeps } from './deps';
import { readConfig } from './config';

const config = readConfig({ TABLE_NAME: 'hfr-test', WECHAT_APP_ID: 'wx-test', PHOTO_BUCKET: 'photos', SESSION_SECRET: 'x'.repeat(40), LOCAL_STACK: 'true', LABEL_BASE_URL: 'https://repair.example.cn/' });
const fakePhotos = { presignUpload: jest.fn(), presignRead: jest.fn(), keep: jest.fn(), discard: jest.fn() } as unknown as PhotoStore;

describe("a function's dependencies", () => {
  it('builds an optional adapter from the factory its entry installed, once, on first use', () => {
    const factory = jest.fn(() => fakePhotos);
    const deps = buildDeps(config, { photos: factory });
    expect(factory).not.toHaveBeenCalled();
    expect(deps.photos).toBe(fakePhotos);
    expect(deps.photos).toBe(fakePhotos);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('refuses an optional adapter its entry did not install, naming where to add it', () => {
    const deps = buildDeps(config, {});
    expect(() => deps.photos).toThrow('deps.photos is not part of this function: add its factory (adapters/factories/) to its entry in functions/src/lambdas/');
    expect(() => deps.messenger).toThrow(/deps\.messenger is not part of this function/);
  });

  it('spreads into only what the function has: the table repositories and its installed adapters', () => {
    const spread = { ...buildDeps(config, { photos: () => fakePhotos }) };
    expect(Object.keys(spread).sort()).toEqual(['aggregates', 'catalog', 'catalogAdmin', 'clock', 'config', 'handovers', 'invites', 'labelScans', 'metrics', 'notifications', 'pcLogins', 'photos', 'plannedReports', 'plans', 'shifts', 'spotChecks', 'tickets', 'tokens', 'users', 'workOrderCommands', 'workOrders']);
  });
});
