import type { Ticket } from '@contract/tickets';
import { ApiError } from '../src/services/api';
import { PhotoUploadError } from '../src/services/photos';
import { PhotoRefusedError } from '../src/platform/photoCheck';
import { OfflineQueue, type QueueState, type QueuedCommand, type QueueStore } from '../src/services/offline/queue';
import { drainOnce, drainWithRetry, type SyncDeps } from '../src/services/offline/sync';

/** Storage as Taro keeps it: a JSON copy, so a new queue over the same store is an app restart. */
function memoryStore(): QueueStore & { raw: string | null } {
  const store = {
    raw: null as string | null,
    read: () => (store.raw ? (JSON.parse(store.raw) as QueueState) : null),
    write: (s: QueueState) => {
      store.raw = JSON.stringify(s);
    },
  };
  return store;
}

const item = (key: string, ticketId: string, command: QueuedCommand['command'], extra: Partial<QueuedCommand> = {}): QueuedCommand => ({
  key,
  ticketId,
  command,
  deviceTime: '2026-11-23T09:40:00.000Z',
  ...extra,
});
const ticket = (id: string) => ({ id }) as Ticket;
const noSignal = () => new ApiError(0, 'network', 'Network error', '网络错误', []);
const forbidden = () => new ApiError(403, 'forbidden', 'You may not accept this ticket', '您无权对该工单执行此操作', []);
const illegal = () => new ApiError(409, 'illegal_transition', 'The ticket is cancelled', '工单已取消', []);

/** A server stand-in that records what was sent (command and key) and answers as told. */
function server(answer: (q: QueuedCommand) => Error | null = () => null) {
  const sent: string[] = [];
  const deps: SyncDeps = {
    send: async (q) => {
      sent.push(`${q.command}:${q.key}:${JSON.stringify(q.body ?? {})}`);
      const err = answer(q);
      if (err) throw err;
      return ticket(q.ticketId);
    },
    uploadPhotos: async (q) => (q.photos ?? []).map((_, i) => `h/demo/u/tech-zhao/photo-${i}.jpg`),
  };
  return { sent, deps };
}

describe('the offline queue', () => {
  it('sends in the order the commands were made, each once, and is empty after', async () => {
    const queue = new OfflineQueue(memoryStore());
    queue.add(item('k1', 't1', 'accept'));
    queue.add(item('k2', 't1', 'arrive', { body: { qrCode: 'R-B5-0302' } }));
    queue.add(item('k3', 't1', 'complete', { body: { note: '已更换灯管', parts: [] } }));
    const { sent, deps } = server();
    const answered: string[] = [];
    await drainOnce(queue, deps, (t) => answered.push(t.id));
    expect(sent).toEqual(['accept:k1:{}', 'arrive:k2:{"qrCode":"R-B5-0302"}', 'complete:k3:{"note":"已更换灯管","parts":[]}']);
    expect(answered).toEqual(['t1', 't1', 't1']);
    expect(queue.state()).toEqual({ pending: [], dropped: [] });
  });

  it('keeps a command added twice (a double tap) once', () => {
    const queue = new OfflineQueue(memoryStore());
    queue.add(item('k1', 't1', 'accept'));
    queue.add(item('k1', 't1', 'accept'));
    expect(queue.state().pending.map((p) => p.key)).toEqual(['k1']);
  });

  it('survives a restart: a new queue over the same storage has the same commands', () => {
    const store = memoryStore();
    new OfflineQueue(store).add(item('k1', 't1', 'accept'));
    new OfflineQueue(store).add(item('k2', 't1', 'arrive'));
    expect(new OfflineQueue(store).state().pending.map((p) => `${p.command}:${p.key}`)).toEqual(['accept:k1', 'arrive:k2']);
  });

  it('stops at the first command with no answer, keeps it and the rest, and resends it with the same key', async () => {
    const queue = new OfflineQueue(memoryStore());
    queue.add(item('k1', 't1', 'accept'));
    queue.add(item('k2', 't1', 'arrive'));
    let signal = false;
    const { sent, deps } = server(() => (signal ? null : noSignal()));
    await expect(drainOnce(queue, deps, () => undefined)).rejects.toThrow(ApiError);
    expect(queue.state().pending.map((p) => p.key)).toEqual(['k1', 'k2']);
    signal = true;
    await drainOnce(queue, deps, () => undefined);
    expect(sent).toEqual(['accept:k1:{}', 'accept:k1:{}', 'arrive:k2:{}']);
  });

  it('drops a refused command with the rest of its job, keeps the notice, and goes on with the next job', async () => {
    const queue = new OfflineQueue(memoryStore());
    queue.add(item('k1', 't1', 'accept'));
    queue.add(item('k2', 't2', 'accept'));
    queue.add(item('k3', 't1', 'arrive'));
    const { sent, deps } = server((q) => (q.ticketId === 't1' ? forbidden() : null));
    await drainOnce(queue, deps, () => undefined);
    expect(sent).toEqual(['accept:k1:{}', 'accept:k2:{}']);
    const { pending, dropped } = queue.state();
    expect(pending).toEqual([]);
    expect(dropped.map((d) => [d.key, d.why, d.message])).toEqual([['k1', 'reassigned', '您无权对该工单执行此操作']]);
    queue.dismiss('k1');
    expect(queue.state().dropped).toEqual([]);
  });

  it('tells a job that changed otherwise (cancelled while offline) from a reassignment', async () => {
    const queue = new OfflineQueue(memoryStore());
    queue.add(item('k1', 't1', 'arrive'));
    await drainOnce(queue, server(() => illegal()).deps, () => undefined);
    expect(queue.state().dropped.map((d) => d.why)).toEqual(['refused']);
  });

  it("uploads a completion's photos once: their keys are kept in the queue before the completion is sent", async () => {
    const store = memoryStore();
    const queue = new OfflineQueue(store);
    queue.add(item('k1', 't1', 'complete', { body: { note: '修好了', parts: [] }, photos: [{ path: 'data:image/jpeg;base64,AAAA', size: 3 }] }));
    let uploads = 0;
    const { sent, deps } = server(() => (sent.length === 1 ? noSignal() : null));
    const counting: SyncDeps = { ...deps, uploadPhotos: async (q) => (uploads++, deps.uploadPhotos(q)) };
    await expect(drainOnce(queue, counting, () => undefined)).rejects.toThrow(ApiError);
    expect(new OfflineQueue(store).first()).toMatchObject({ photos: [], body: { photoKeys: ['h/demo/u/tech-zhao/photo-0.jpg'] } });
    await drainOnce(new OfflineQueue(store), counting, () => undefined);
    expect(uploads).toBe(1);
    expect(sent[1]).toBe('complete:k1:{"note":"修好了","parts":[],"photoKeys":["h/demo/u/tech-zhao/photo-0.jpg"]}');
  });

  it('drops a completion whose photo can never be sent, instead of holding up the queue', async () => {
    const queue = new OfflineQueue(memoryStore());
    queue.add(item('k1', 't1', 'complete', { body: { note: '修好了', parts: [] }, photos: [{ path: 'data:image/jpeg;base64,AAAA', size: 3 }] }));
    queue.add(item('k2', 't2', 'accept'));
    const { sent, deps } = server();
    const tooLarge: SyncDeps = {
      ...deps,
      uploadPhotos: async () => {
        const why = new PhotoRefusedError('照片太大，压缩后仍超过 10 MB，请换一张或降低相机分辨率');
        throw new PhotoUploadError(why, why.message);
      },
    };
    await drainOnce(queue, tooLarge, () => undefined);
    expect(sent).toEqual(['accept:k2:{}']);
    expect(queue.state().dropped.map((d) => [d.key, d.why, d.message])).toEqual([['k1', 'refused', '照片太大，压缩后仍超过 10 MB，请换一张或降低相机分辨率']]);
  });

  it('tries again with backoff until the signal returns', async () => {
    const queue = new OfflineQueue(memoryStore());
    queue.add(item('k1', 't1', 'accept'));
    let attempts = 0;
    const { sent, deps } = server(() => (++attempts < 3 ? noSignal() : null));
    await drainWithRetry(queue, deps, () => undefined, { retries: 5, minTimeout: 1, maxTimeout: 1, factor: 1 });
    expect(sent).toEqual(['accept:k1:{}', 'accept:k1:{}', 'accept:k1:{}']);
    expect(queue.state().pending).toEqual([]);
  });
});
