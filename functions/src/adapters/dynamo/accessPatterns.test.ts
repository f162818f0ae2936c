import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as keys from './keys';

const repoRoot = join(__dirname, '..', '..', '..', '..');
const AP_ID = /\bAP-\d{2,3}\b/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Ids cited anywhere in the product's code (comments, names). */
function citedInCode(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const file of sourceFiles(join(repoRoot, 'functions', 'src'))) {
    for (const id of readFileSync(file, 'utf8').match(AP_ID) ?? []) cited.set(id, [...(cited.get(id) ?? []), file.slice(repoRoot.length + 1)]);
  }
  return cited;
}

const doc = readFileSync(join(repoRoot, 'infra', 'access-patterns.md'), 'utf8');
/** Ids that have a row of their own in the document's tables (`| AP-nn | …`). */
const documented = new Set([...doc.matchAll(/^\| (AP-\d{2,3}) \|/gm)].map((m) => m[1]!));

describe('infra/access-patterns.md and the code', () => {
  it('documents every access pattern the code cites', () => {
    const undocumented = [...citedInCode()].filter(([id]) => !documented.has(id)).map(([id, files]) => `${id} (${files.join(', ')})`);
    expect(undocumented).toEqual([]);
  });

  it('documents no access pattern the code does not serve', () => {
    const cited = citedInCode();
    expect([...documented].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('gives each access pattern one row', () => {
    const rows = [...doc.matchAll(/^\| (AP-\d{2,3}) \|/gm)].map((m) => m[1]!);
    expect(rows.length).toBe(new Set(rows).size);
  });

  // Each key as keys.ts builds it, and the shape the document's item table gives it, both written out by hand.
  it.each([
    ['hospital', keys.hospitalKey('demo'), 'H#demo', 'HOSPITAL', 'H#<hid>', 'HOSPITAL'],
    ['category', keys.categoryKey('demo', 'power'), 'H#demo', 'CAT#power', 'H#<hid>', 'CAT#<code>'],
    ['location', keys.locationKey('demo', 'B5-03'), 'H#demo', 'LOC#B5-03', 'H#<hid>', 'LOC#<locationId>'],
    ['asset', keys.assetKey('demo', 'VENT1'), 'H#demo', 'ASSET#VENT1', 'H#<hid>', 'ASSET#<assetId>'],
    ['QR label', keys.qrCodeKey('demo', 'R-B5-0301'), 'H#demo', 'QR#R-B5-0301', 'H#<hid>', 'QR#<code>'],
    ['user', keys.userKey('demo', 'nurse-li'), 'H#demo', 'USER#nurse-li', 'H#<hid>', 'USER#<userId>'],
    ['WeChat openid link', keys.openidLinkKey('o1', 'demo'), 'OPENID#o1', 'H#demo', 'OPENID#<openid>', 'H#<hid>'],
    ['staff invite', keys.inviteKey('K7M2P9QX4RTA'), 'INVITE#K7M2P9QX4RTA', 'INVITE', 'INVITE#<code>', 'INVITE'],
    ['current invite of a user', keys.userInviteKey('demo', 'tech-zhao'), 'H#demo', 'INVITEOF#tech-zhao', 'H#<hid>', 'INVITEOF#<userId>'],
    ['shift of the rota', keys.shiftKey('demo', '2026-11-30', 'tech-zhao', '08:00'), 'H#demo#SHIFTS', 'DAY#2026-11-30#USER#tech-zhao#08:00', 'H#<hid>#SHIFTS', 'DAY#<yyyy-mm-dd>#USER#<userId>#<HH:mm>'],
    ['daily ticket counter', keys.dailyCounterKey('demo', '20261123'), 'H#demo', 'SEQ#TICKET#20261123', 'H#<hid>', 'SEQ#TICKET#<yyyyMMdd>'],
    ['idempotency record', keys.idempotencyKey('demo', 'nurse-li', 'k1'), 'H#demo', 'IDEM#nurse-li#k1', 'H#<hid>', 'IDEM#<userId>#<key>'],
    ['handover', keys.handoverKey('demo', '2026-11-23T08:00:00Z', 'h1'), 'H#demo', 'HANDOVER#2026-11-23T08:00:00Z#h1', 'H#<hid>', 'HANDOVER#<at>#<id>'],
    ['subscribe quota', keys.quotaKey('demo', 'u1', 'TMPL'), 'H#demo', 'SUBQ#u1#TMPL', 'H#<hid>', 'SUBQ#<userId>#<templateId>'],
    ['latest reconcile run', keys.reconcileRunKey('demo'), 'H#demo', 'RECONCILE#LATEST', 'H#<hid>', 'RECONCILE#LATEST'],
    ['dead letter', keys.deadLetterKey('demo', '2026-11-23', 'd1'), 'H#demo', 'DEADLETTER#2026-11-23#d1', 'H#<hid>', 'DEADLETTER#<at>#<id>'],
    ['ticket', keys.ticketKey('demo', 'T1'), 'H#demo#T#T1', 'TICKET', 'H#<hid>#T#<ticketId>', 'TICKET'],
    ['ticket event', keys.ticketEventKey('demo', 'T1', 2), 'H#demo#T#T1', 'EV#00000002', 'H#<hid>#T#<ticketId>', 'EV#<seq, 8 digits>'],
    ['outbox item', keys.outboxKey('demo', 'T1', 2, 0), 'H#demo#T#T1', 'OUT#00000002#0', 'H#<hid>#T#<ticketId>', 'OUT#<seq, 8 digits>#<n>'],
    ['WeChat delivery', keys.deliveryKey('demo', 'T1', '2-0', 'u1'), 'H#demo#T#T1', 'DLV#2-0#u1', 'H#<hid>#T#<ticketId>', 'DLV#<seq>-<n>#<userId>'],
    ['in-app notification', keys.inboxKey('demo', 'u1', 'n1'), 'H#demo#INBOX#u1', 'N#n1', 'H#<hid>#INBOX#<userId>', 'N#<13-digit ms>-<ticketId>-<seq>-<n>'],
    ['unread count', keys.unreadCountKey('demo', 'u1'), 'H#demo#INBOX#u1', 'UNREAD', 'H#<hid>#INBOX#<userId>', 'UNREAD'],
    ['WeChat access token', keys.wechatTokenKey('wxapp'), 'WECHAT#wxapp', 'ACCESS_TOKEN', 'WECHAT#<appid>', 'ACCESS_TOKEN'],
    ['desk PC sign-in request', keys.pcLoginKey('r1'), 'PCLOGIN#r1', 'REQUEST', 'PCLOGIN#<requestId>', 'REQUEST'],
    ['aggregate', keys.aggregateKey('demo', 'CAT', '2026-11-23', 'power'), 'H#demo#AGG#CAT', 'DAY#2026-11-23#power', 'H#<hid>#AGG#<kind>', 'DAY#<yyyy-mm-dd>#<value>'],
    ['audit entry', { PK: keys.auditRecordPk('demo', 'asset', 'VENT1'), SK: keys.auditSortKey('2026-11-23T08:00:00.000Z', '01J') }, 'H#demo#AUDIT#asset#VENT1', '2026-11-23T08:00:00.000Z#01J', 'H#<hid>#AUDIT#<kind>#<recordId>', '<at>#<ulid>'],
    ['audit list copy', { PK: keys.auditListPk('demo'), SK: keys.auditSortKey('2026-11-23T08:00:00.000Z', '01J') }, 'H#demo#AUDIT', '2026-11-23T08:00:00.000Z#01J', 'H#<hid>#AUDIT', '<at>#<ulid>'],
    ['aggregate marker', keys.aggregateDoneKey('demo', 'T1', 3), 'H#demo#T#T1', 'AGGDONE#00000003', 'H#<hid>#T#<ticketId>', 'AGGDONE#<version, 8 digits>'],
    ['plan', keys.planKey('demo', 'P1'), 'H#demo', 'PLAN#P1', 'H#<hid>', 'PLAN#<planId>'],
    ['meter plan link', keys.meterPlanKey('demo', 'LIFT1', 'run_hours', 'P1'), 'H#demo', 'METERPLAN#LIFT1#run_hours#P1', 'H#<hid>', 'METERPLAN#<assetId>#<meter>#<planId>'],
    ['work order', keys.workOrderKey('demo', 'P1-20261201'), 'H#demo#WO#P1-20261201', 'WO', 'H#<hid>#WO#<woId>', 'WO'],
    ['work order event', keys.workOrderEventKey('demo', 'P1-20261201', 1), 'H#demo#WO#P1-20261201', 'EV#00000001', 'H#<hid>#WO#<woId>', 'EV#<seq, 8 digits>'],
    ['work order outbox item', keys.workOrderOutboxKey('demo', 'P1-20261201', 1, 0), 'H#demo#WO#P1-20261201', 'OUT#00000001#0', 'H#<hid>#WO#<woId>', 'OUT#<seq, 8 digits>#<n>'],
    ['work order counter', keys.workOrderCounterKey('demo', '20261201'), 'H#demo', 'SEQ#WO#20261201', 'H#<hid>', 'SEQ#WO#<yyyyMMdd>'],
    ['vendor', keys.vendorKey('demo', 'otis'), 'H#demo', 'VENDOR#otis', 'H#<hid>', 'VENDOR#<vendorId>'],
    ['incident', keys.incidentKey('demo', 'I1'), 'H#demo#INC#I1', 'INC', 'H#<hid>#INC#<incidentId>', 'INC'],
    ['incident event', keys.incidentEventKey('demo', 'I1', 2), 'H#demo#INC#I1', 'EV#00000002', 'H#<hid>#INC#<incidentId>', 'EV#<seq, 8 digits>'],
    ['incident outbox item', keys.incidentOutboxKey('demo', 'I1', 2, 0), 'H#demo#INC#I1', 'OUT#00000002#0', 'H#<hid>#INC#<incidentId>', 'OUT#<seq, 8 digits>#<n>'],
    ['incident link', keys.incidentLinkKey('demo', 'I1', 'T1'), 'H#demo#INC#I1', 'LINK#T1', 'H#<hid>#INC#<incidentId>', 'LINK#<ticketId>'],
    ['open incident marker', keys.openIncidentKey('demo', 'I1'), 'H#demo', 'OPENINC#I1', 'H#<hid>', 'OPENINC#<incidentId>'],
    ['incident counter', keys.incidentCounterKey('demo', '20261201'), 'H#demo', 'SEQ#INC#20261201', 'H#<hid>', 'SEQ#INC#<yyyyMMdd>'],
    ['incident settings', keys.incidentSettingsKey('demo'), 'H#demo', 'INCSETTINGS', 'H#<hid>', 'INCSETTINGS'],
    ['job template', keys.jobTemplateKey('demo', 'TPL1'), 'H#demo', 'JOBTPL#TPL1', 'H#<hid>', 'JOBTPL#<templateId>'],
    ['multi-team job', keys.jobKey('demo', 'J1'), 'H#demo#JOB#J1', 'JOB', 'H#<hid>#JOB#<jobId>', 'JOB'],
    ['job start key', keys.jobStartKey('demo', 'nurse-li', 'k1'), 'H#demo#JOBKEY#nurse-li#k1', 'JOBKEY', 'H#<hid>#JOBKEY#<starterId>#<key>', 'JOBKEY'],
    ['job outbox item', keys.jobOutboxKey('demo', 'J1', 2, 0), 'H#demo#JOB#J1', 'OUT#00000002#0', 'H#<hid>#JOB#<jobId>', 'OUT#<version, 8 digits>#<n>'],
  ])('builds the %s key as the document says', (entity, key, pk, sk, documentedPk, documentedSk) => {
    expect(key).toEqual({ PK: pk, SK: sk });
    const row = doc.split('\n').find((line) => line.startsWith(`| ${entity} `));
    expect(row).toContain(`| \`${documentedPk}\` | \`${documentedSk}\` |`);
  });
});

describe("the redrive's index of dead letters (AP-82)", () => {
  it('files a retrying letter under REDRIVE by when it is due, and finds its key again from what the index returns', () => {
    expect(keys.redriveIndexKeys('2026-12-01T02:01:00.000Z', 'demo', 'wx-00000002-0-tech-zhao')).toEqual({ GSI4PK: 'REDRIVE', GSI4SK: '2026-12-01T02:01:00.000Z#demo#wx-00000002-0-tech-zhao' });
    expect(keys.parseDeadLetterKey('H#demo', 'DEADLETTER#2026-12-01T02:00:00.000Z#wx-00000002-0-tech-zhao')).toEqual({ hospitalId: 'demo', at: '2026-12-01T02:00:00.000Z', id: 'wx-00000002-0-tech-zhao' });
    expect(doc).toContain('GSI4 `REDRIVE` / `<nextAttemptAt>#<hid>#<id>`');
  });

  it('reads an outbox id back into its item key', () => {
    expect(keys.outboxKeyOf('demo', 'T1', '00000002-1')).toEqual({ PK: 'H#demo#T#T1', SK: 'OUT#00000002#1' });
    expect(() => keys.outboxKeyOf('demo', 'T1', 'x')).toThrow('Not an outbox id');
  });

  it('builds the planned work index keys as the document says', () => {
    expect(keys.planDueIndexKeys('demo', 'P1', '2026-11-30T16:00:00.000Z')).toEqual({ GSI4PK: `PLANDUE#${keys.planDueShardOf('P1')}`, GSI4SK: '2026-11-30T16:00:00.000Z#demo#P1' });
    expect(keys.parsePlanKey('H#demo', 'PLAN#P1')).toEqual({ hospitalId: 'demo', planId: 'P1' });
    expect(keys.assetsOfType('demo', '电梯')).toBe('H#demo#ASSETTYPE#电梯');
    expect(keys.openWorkOrderSortKey('2026-12-01', 'W1')).toBe('W#O#2026-12-01#W1');
    expect(keys.plannedMonthPk('demo', '2026-12')).toBe('H#demo#PLANNED#2026-12');
  });
});

describe("the planned work's measures (AP-209, AP-204)", () => {
  it('reads a month, a week and a type by the index keys the document names', () => {
    expect(keys.plannedMonthPk('demo', '2026-11')).toBe('H#demo#PLANNED#2026-11');
    expect(keys.plannedMonthSortKey('2026-11-28', 'p1-202611')).toBe('2026-11-28#p1-202611');
    expect(keys.assetsOfType('demo', 'ventilator')).toBe('H#demo#ASSETTYPE#ventilator');
    for (const id of ['AP-209', 'AP-204']) expect(doc).toMatch(new RegExp(`^\\| ${id} \\|.*\\| GSI1 \\|`, 'm'));
    expect(doc).toContain('`GSI1PK = H#demo#PLANNED#2026-12`');
    expect(doc).toContain('`GSI1PK = H#demo#ASSETTYPE#ventilator`');
  });
});

describe("the vendor scorecard's reads (AP-320..323)", () => {
  it('reads the vendor tickets by GSI7 and the spot checks and disputes from the base table, with the keys keys.ts builds', () => {
    for (const id of ['AP-320', 'AP-321']) expect(doc).toMatch(new RegExp(`^\\| ${id} \\|.*\\| GSI7 \\|`, 'm'));
    for (const id of ['AP-322', 'AP-323']) expect(doc).toMatch(new RegExp(`^\\| ${id} \\|.*\\| table \\|`, 'm'));
    expect(keys.vendorPk('demo', 'otis')).toBe('H#demo#VENDOR#otis');
    expect(keys.spotCheckMonthPrefix('2026-11')).toBe('SPOT#2026-11#');
    expect(keys.disputeMonthPrefix('2026-11')).toBe('DISPUTE#2026-11#');
  });
});

describe('spot checks and disputes (issue 16, VSPOT: AP-340..349)', () => {
  it.each([
    ['spot check', keys.spotCheckKey('demo', 'otis', '2026-11', 'T1'), 'H#demo#VENDOR#otis', 'SPOT#2026-11#T1', 'H#<hid>#VENDOR#<vendorId>', 'SPOT#<month>#<spotId>'],
    ['spot check draw', keys.spotDrawKey('demo', 'otis', '2026-11', 'k1'), 'H#demo#VENDOR#otis', 'SPOTDRAW#2026-11#k1', 'H#<hid>#VENDOR#<vendorId>', 'SPOTDRAW#<month>#<drawId>'],
    ['dispute', keys.disputeKey('demo', 'otis', '2026-11', 'T1-reopenRate'), 'H#demo#VENDOR#otis', 'DISPUTE#2026-11#T1-reopenRate', 'H#<hid>#VENDOR#<vendorId>', 'DISPUTE#<month>#<disputeId>'],
  ])('builds the %s key as the document says', (entity, key, pk, sk, documentedPk, documentedSk) => {
    expect(key).toEqual({ PK: pk, SK: sk });
    const row = doc.split('\n').find((line) => line.startsWith(`| ${entity} `));
    expect(row).toContain(`| \`${documentedPk}\` | \`${documentedSk}\` |`);
  });

  it("keeps a draw's marker out of the month's checks and reads the month prefixes the scorecard reads", () => {
    expect(keys.spotDrawKey('demo', 'otis', '2026-11', 'k1').SK.startsWith(keys.spotCheckMonthPrefix('2026-11'))).toBe(false);
    expect(keys.spotCheckMonthPrefix('2026-11')).toBe('SPOT#2026-11#');
    expect(keys.disputeMonthPrefix('2026-11')).toBe('DISPUTE#2026-11#');
    expect(keys.vendorPk('demo', 'otis')).toBe(keys.ofVendor('demo', 'otis'));
    expect(keys.outboxKey('demo', 'T1', keys.DISPUTE_OUTBOX_SEQ, 3)).toEqual({ PK: 'H#demo#T#T1', SK: 'OUT#00000000#3' });
  });
});

describe("the major incidents' indexes (AP-364, AP-365)", () => {
  it('files a closed incident under its month and finds an incident in the deadline index by its key', () => {
    expect(keys.incidentMonthPk('demo', '2026-12')).toBe('H#demo#INCIDENTS#2026-12');
    expect(keys.parseIncidentPk('H#demo#INC#I1')).toEqual({ hospitalId: 'demo', incidentId: 'I1' });
    expect(keys.isIncidentPk('H#demo#INC#I1')).toBe(true);
    expect(keys.isIncidentPk('H#demo#T#T1')).toBe(false);
    expect(doc).toContain('`GSI1PK = H#demo#INCIDENTS#2026-12`');
  });
});

describe("a multi-team job's parts index (AP-385)", () => {
  it('files a part ticket under its job by part index', () => {
    expect(keys.jobParts('demo', 'J1')).toBe('H#demo#JOB#J1');
    expect(keys.jobPartSortKey(2, 'T9')).toBe('P#02#T9');
    expect(doc).toContain('GSI1 `H#<hid>#JOB#<jobId>` / `P#<index, 2 digits>#<ticketId>`');
  });
});
