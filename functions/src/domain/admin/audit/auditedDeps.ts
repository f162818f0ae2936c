import { ulid } from 'ulid';
import type { AuditAction, AuditKind } from '../../../contract/audit';
import type { CatalogAdmin, CatalogEntity, CatalogRepository, CatalogWrite, Clock, InviteRepository, UserRepository } from '../../ports';
import type { UserRecord } from '../../records';
import { snapshotOf, type AuditRecord } from './auditRecord';

/** The parts of the dependencies whose writes are admin changes. */
export interface AuditableDeps {
  clock: Clock;
  catalog: CatalogRepository;
  catalogAdmin: CatalogAdmin;
  users: UserRepository;
  invites: InviteRepository;
}

type AuditedEntity = Extract<CatalogEntity, { kind: AuditKind }>;
const isAudited = (e: CatalogEntity): e is AuditedEntity => e.kind !== 'qr' && e.kind !== 'audit';
const recordIdOf = (e: AuditedEntity): string => (e.kind === 'category' ? e.record.code : e.record.id);
const hospitalOf = (e: AuditedEntity): string => e.record.hospitalId;

async function readCurrent(deps: AuditableDeps, e: AuditedEntity): Promise<object | null> {
  const [hospitalId, id] = [hospitalOf(e), recordIdOf(e)];
  switch (e.kind) {
    case 'location':
      return (await deps.catalog.getLocations(hospitalId, [id]))[0] ?? null;
    case 'asset':
      return deps.catalog.getAsset(hospitalId, id);
    case 'category':
      return deps.catalog.getCategory(hospitalId, id);
    case 'user':
      return deps.users.getUser(hospitalId, id);
  }
}

/** Everything an import may overwrite, read once per kind (imports write hundreds of records). */
async function readAllCurrent(deps: AuditableDeps, entities: readonly AuditedEntity[]): Promise<Map<string, object>> {
  const byKey = new Map<string, object>();
  const kinds = new Set(entities.map((e) => e.kind));
  const hospitalId = entities[0] ? hospitalOf(entities[0]) : '';
  const lists = await Promise.all(
    [...kinds].map(async (kind): Promise<[AuditKind, { id?: string; code?: string }[]]> => {
      if (kind === 'location') return [kind, await deps.catalog.listLocations(hospitalId)];
      if (kind === 'asset') return [kind, await deps.catalogAdmin.listAssets(hospitalId)];
      if (kind === 'user') return [kind, await deps.users.listUsers(hospitalId)];
      return [kind, await deps.catalog.listCategories(hospitalId)];
    }),
  );
  for (const [kind, records] of lists) for (const r of records) byKey.set(`${kind}:${r.id ?? r.code}`, r);
  return byKey;
}

function actionOf(before: object | null, after: { retired?: boolean }): AuditAction {
  if (!before) return 'create';
  return after.retired && !(before as { retired?: boolean }).retired ? 'retire' : 'update';
}

/**
 * The dependencies of one admin request, with every admin write recorded in the audit trail:
 * who (the signed-in actor), when, which record, before and after. A checked write (a create or
 * an edit of the version read) gets its entry in the same transaction; consequential writes (labels,
 * a moved building's floors) are part of the change they follow. Imports, invites and unlinks
 * are recorded right after their own writes. Applied once, in the HTTP wrapper, so every admin
 * command is covered without knowing of it.
 */
export function auditedDeps<D extends AuditableDeps>(deps: D, actor: Pick<UserRecord, 'id' | 'name'>): D {
  const inner = deps.catalogAdmin;
  const entry = (e: { kind: AuditKind; recordId: string; hospitalId: string }, action: AuditAction, before: object | null, after: object | null): AuditRecord => {
    const now = deps.clock.now();
    return { ...e, id: ulid(now.getTime()), at: now.toISOString(), action, actorId: actor.id, actorName: actor.name, before: snapshotOf(before), after: snapshotOf(after) };
  };
  const auditOf = (e: AuditedEntity, action: AuditAction, before: object | null) =>
    entry({ kind: e.kind, recordId: recordIdOf(e), hospitalId: hospitalOf(e) }, action, before, e.record);
  const append = (records: AuditRecord[]) => inner.write(records.map((record): CatalogWrite => ({ entity: { kind: 'audit', record }, expect: 'absent' })));

  const catalogAdmin: CatalogAdmin = {
    async write(writes) {
      const checked = writes.filter((w): w is CatalogWrite & { entity: AuditedEntity } => w.expect !== 'any' && isAudited(w.entity));
      const audits = await Promise.all(
        checked.map(async (w) => {
          const before = w.expect === 'absent' ? null : await readCurrent(deps, w.entity);
          return auditOf(w.entity, actionOf(before, w.entity.record), before);
        }),
      );
      await inner.write([...writes, ...audits.map((record): CatalogWrite => ({ entity: { kind: 'audit', record }, expect: 'absent' }))]);
    },
    async putMany(entities) {
      const audited = entities.filter(isAudited);
      const current = await readAllCurrent(deps, audited);
      const audits = audited.map((e) => auditOf(e, 'import', current.get(`${e.kind}:${recordIdOf(e)}`) ?? null));
      // Each row's entry stays with its record; the hospital's list gets one line per file and kind
      // (an import of thousands of rows would otherwise double its writes once more).
      const summaries = [...new Set(audited.map((e) => e.kind))].map((kind) => {
        const rows = audits.filter((a) => a.kind === kind);
        const created = rows.filter((a) => a.before === null).length;
        return entry({ kind, recordId: 'import', hospitalId: rows[0]!.hospitalId }, 'import', null, { created, updated: rows.length - created });
      });
      await inner.putMany([
        ...entities,
        ...audits.map((record): CatalogEntity => ({ kind: 'audit', record, listed: false })),
        ...summaries.map((record): CatalogEntity => ({ kind: 'audit', record })),
      ]);
    },
    listAssets: (hospitalId) => inner.listAssets(hospitalId),
    listAssetsAtLocation: (hospitalId, locationId) => inner.listAssetsAtLocation(hospitalId, locationId),
    listQrCodes: (hospitalId) => inner.listQrCodes(hospitalId),
    pageAssets: (hospitalId, filters, page) => inner.pageAssets(hospitalId, filters, page),
    pageAudit: (hospitalId, filters, page) => inner.pageAudit(hospitalId, filters, page),
  };

  const users: UserRepository = Object.create(deps.users, {
    unlinkStaff: {
      value: async (user: UserRecord & { openid: string }) => {
        const unlinked = await deps.users.unlinkStaff(user);
        await append([entry({ kind: 'user', recordId: user.id, hospitalId: user.hospitalId }, 'unlink', { linked: true }, { linked: false })]);
        return unlinked;
      },
    },
  });
  // The invite's code is a secret until used: the audit keeps only when it was issued and until when it runs.
  const invites: InviteRepository = Object.create(deps.invites, {
    issue: {
      value: async (...[invite, previous]: Parameters<InviteRepository['issue']>) => {
        await deps.invites.issue(invite, previous);
        await append([entry({ kind: 'user', recordId: invite.userId, hospitalId: invite.hospitalId }, 'invite', null, { issuedAt: invite.issuedAt, expiresAt: invite.expiresAt })]);
      },
    },
    revoke: {
      value: async (...[invite, at]: Parameters<InviteRepository['revoke']>) => {
        await deps.invites.revoke(invite, at);
        await append([entry({ kind: 'user', recordId: invite.userId, hospitalId: invite.hospitalId }, 'revokeInvite', { expiresAt: invite.expiresAt }, { revokedAt: at.toISOString() })]);
      },
    },
  });

  return Object.create(deps, { catalogAdmin: { value: catalogAdmin }, users: { value: users }, invites: { value: invites } }) as D;
}
