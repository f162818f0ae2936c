import type { CatalogAdmin, CatalogEntity, CatalogRepository, CatalogWrite, InviteRepository, UserRepository } from '../../ports';
import type { AssetRecord, InviteRecord } from '../../records';
import { auditedDeps, type AuditableDeps } from './auditedDeps';

const at = new Date('2026-11-23T08:00:00.000Z');
const pump: AssetRecord = { hospitalId: 'h', id: 'P1', name: 'Pump', type: 'pump', model: null, serial: null, vendor: null, installDate: null, categoryCode: 'medical_equipment', lifeSupport: false, locationId: 'R1', qrCode: 'A-P1', version: 3, retired: false };

function fakes() {
  const written: CatalogWrite[][] = [];
  const put: CatalogEntity[][] = [];
  const catalogAdmin = {
    write: jest.fn(async (w: readonly CatalogWrite[]) => void written.push([...w])),
    putMany: jest.fn(async (e: readonly CatalogEntity[]) => void put.push([...e])),
    listAssets: jest.fn(async () => [pump]),
  } as unknown as CatalogAdmin;
  const catalog = { getAsset: jest.fn(async () => pump) } as unknown as CatalogRepository;
  const invites = { issue: jest.fn(async () => undefined), revoke: jest.fn(async () => undefined) } as unknown as InviteRepository;
  const deps: AuditableDeps = { clock: { now: () => at }, catalog, catalogAdmin, users: {} as UserRepository, invites };
  return { deps: auditedDeps(deps, { id: 'desk-wang', name: '王调度' }), written, put };
}

const auditsOf = (writes: readonly CatalogWrite[]) => writes.filter((w) => w.entity.kind === 'audit').map((w) => (w.entity as Extract<CatalogEntity, { kind: 'audit' }>).record);

describe('auditedDeps', () => {
  it('adds to an edit, in the same transaction, who made it, when, and the record before and after', async () => {
    const { deps, written } = fakes();
    const moved = { ...pump, locationId: 'R2', version: 4 };
    await deps.catalogAdmin.write([
      { entity: { kind: 'asset', record: moved }, expect: { version: 3 } },
      { entity: { kind: 'qr', record: { hospitalId: 'h', code: 'A-P1', locationId: 'R2', assetId: 'P1', retired: false } }, expect: 'any' },
    ]);
    expect(written).toHaveLength(1);
    const [entry, ...others] = auditsOf(written[0]!);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ hospitalId: 'h', kind: 'asset', recordId: 'P1', action: 'update', actorId: 'desk-wang', actorName: '王调度', at: '2026-11-23T08:00:00.000Z' });
    expect(entry?.before).toMatchObject({ locationId: 'R1', version: 3 });
    expect(entry?.after).toMatchObject({ locationId: 'R2', version: 4 });
    expect(entry?.after).not.toHaveProperty('hospitalId');
  });

  it('names a create and a retirement as such', async () => {
    const { deps, written } = fakes();
    await deps.catalogAdmin.write([{ entity: { kind: 'asset', record: { ...pump, id: 'P2' } }, expect: 'absent' }]);
    await deps.catalogAdmin.write([{ entity: { kind: 'asset', record: { ...pump, retired: true, version: 4 } }, expect: { version: 3 } }]);
    expect(auditsOf(written[0]!).map((e) => [e.action, e.before])).toEqual([['create', null]]);
    expect(auditsOf(written[1]!).map((e) => e.action)).toEqual(['retire']);
  });

  it('records each imported record with what it overwrote, and the file as one line of the list', async () => {
    const { deps, put } = fakes();
    await deps.catalogAdmin.putMany([{ kind: 'asset', record: { ...pump, name: 'Pump 2' } }, { kind: 'asset', record: { ...pump, id: 'P9' } }]);
    const audits = put[0]!.filter((e): e is Extract<CatalogEntity, { kind: 'audit' }> => e.kind === 'audit');
    const rows = audits.filter((e) => e.listed === false).map((e) => [e.record.recordId, e.record.action, e.record.before === null]);
    expect(rows).toEqual([['P1', 'import', false], ['P9', 'import', true]]);
    const listed = audits.filter((e) => e.listed !== false).map((e) => e.record);
    expect(listed).toEqual([expect.objectContaining({ kind: 'asset', recordId: 'import', action: 'import', before: null, after: { created: 1, updated: 1 } })]);
  });

  it('keeps an invite’s times but never its code', async () => {
    const { deps, written } = fakes();
    const invite: InviteRecord = { code: 'SECRET123', hospitalId: 'h', userId: 'tech-zhao', issuedAt: at.toISOString(), expiresAt: '2026-11-26T08:00:00.000Z', issuedById: 'admin', usedAt: null, revokedAt: null };
    await deps.invites.issue(invite, null);
    const [entry] = auditsOf(written[0]!);
    expect(entry).toMatchObject({ kind: 'user', recordId: 'tech-zhao', action: 'invite', before: null, after: { issuedAt: '2026-11-23T08:00:00.000Z', expiresAt: '2026-11-26T08:00:00.000Z' } });
    expect(JSON.stringify(entry)).not.toContain('SECRET123');
  });
});
