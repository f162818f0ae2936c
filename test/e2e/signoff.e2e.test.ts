import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SHEETS } from '../../functions/src/adapters/excel/reportWorkbook';
import { baseUrl, launchBrowser, phonePage, screenshot } from './browser';
import { completedTicket, demoApi, type DemoApi } from './demoApi';

/**
 * Sign-off (签字确认) as the nurse does it on her phone: a category of this test's own that
 * requires the department's signature; an unsigned confirmation is refused; she draws her
 * signature on the pad, confirms, the ticket shows it, and the monthly workbook says 是.
 * Rooms: B5 floor 4 (this test's own), so no other test's report is a possible duplicate.
 */
const roomCode = 'R-B5-0401';
const categoryCode = `sign_${Date.now().toString(36)}`;
const sla = { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } };

/** The hospital's month of an instant (the demo hospital keeps Beijing time). */
const monthOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date(iso)).slice(0, 7);

async function signatureColumnOf(manager: DemoApi, month: string, number: string): Promise<unknown> {
  const res = await manager.get(`/v1/reports/monthly?month=${month}`);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  let header: unknown[] = [];
  let found: unknown[] | undefined;
  book.getWorksheet(SHEETS.tickets)!.eachRow((row, i) => {
    const values = (row.values as unknown[]).slice(1);
    if (i === 1) header = values;
    else if (values[0] === number) found = values;
  });
  return found ? found[header.indexOf('签字')] : undefined;
}

describe('the reporting department signs the confirmation on screen (H5 build)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let nurseApi: DemoApi;
  let ticket: { id: string; number: string; createdAt: string };
  const browserErrors: string[] = [];

  beforeAll(async () => {
    const admin = await demoApi('admin');
    const created = await admin.post('/v1/admin/categories', {
      code: categoryCode,
      nameZh: '签字测试类别',
      nameEn: 'Sign-off test category',
      team: '电工班',
      sla,
      quickPhrases: [{ zh: '需签字的故障', en: 'Fault needing a signature' }],
      offeredForRooms: true,
      dispatchMode: 'manual',
      signatureRequired: true,
    });
    expect(created.status).toBe(201);
    nurseApi = await demoApi('nurse-li');
    const done = await completedTicket(nurseApi, roomCode, categoryCode, '护士站插座需签字验收');
    ticket = { ...done, createdAt: new Date().toISOString() };

    browser = await launchBrowser();
    ({ context, page } = await phonePage(browser));
    page.on('pageerror', (e) => browserErrors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('refuses a confirmation without a signature, saying why in both languages', async () => {
    const refused = await nurseApi.post<{ error: { message: string; messageZh: string; details: { field: string; code: string }[] } }>(`/v1/tickets/${ticket.id}/confirm`, { satisfied: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.messageZh).toBe('该类别须由报修科室签字确认，请在屏幕上签字后再确认');
    expect(refused.body.error.message).toBe("This repair is confirmed with the reporting department's signature; sign on the screen, then confirm");
    expect(refused.body.error.details).toEqual([expect.objectContaining({ field: 'body.signatureKey', code: 'signature_required' })]);
  });

  it('lets the nurse confirm only once she has signed on the pad', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('demo-user-nurse-li').click();
    await page.getByTestId('scan-button').waitFor();
    await page.goto(`${baseUrl()}/#/pages/ticket/index?id=${ticket.id}`);
    const card = page.getByTestId('confirm-card');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('报修科室签字（必填）');
    const fixed = page.getByTestId('confirm-fixed');
    await page.getByTestId('signature-needed').waitFor();
    expect(await fixed.getAttribute('class')).toContain('disabled');

    const pad = page.getByTestId('signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    // 李: a few strokes, as a finger would draw them.
    const strokes: [number, number][][] = [
      [[0.2, 0.3], [0.5, 0.3], [0.8, 0.3]],
      [[0.5, 0.15], [0.5, 0.5], [0.35, 0.75]],
      [[0.3, 0.6], [0.5, 0.62], [0.7, 0.6], [0.6, 0.9]],
    ];
    for (const stroke of strokes) {
      const [first, ...rest] = stroke;
      await page.mouse.move(box.x + first![0] * box.width, box.y + first![1] * box.height);
      await page.mouse.down();
      for (const [x, y] of rest) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 8 });
      await page.mouse.up();
    }
    await page.getByTestId('signature-needed').waitFor({ state: 'detached' });
    expect(await fixed.getAttribute('class')).not.toContain('disabled');
    await screenshot(page, 'signoff-01-signed');

    await fixed.click();
    const signOff = page.getByTestId('sign-off');
    await signOff.waitFor();
    expect(await signOff.textContent()).toContain('李护士');
    await expect(page.getByTestId('confirm-card').count()).resolves.toBe(0);
    await screenshot(page, 'signoff-02-record');
  });

  it('shows the signature as the image that was drawn, kept under the hospital', async () => {
    const detail = (await (await nurseApi.get(`/v1/tickets/${ticket.id}`)).json()) as { ticket: { status: string; signature: { key: string; url: string; signerName: string } | null } };
    expect(detail.ticket.status).toBe('confirmed');
    expect(detail.ticket.signature).toMatchObject({ key: expect.stringMatching(/^h\/demo\/p\/[0-9A-Z]{26}\.png$/), signerName: '李护士' });
    const image = await fetch(detail.ticket.signature!.url);
    expect(image.status).toBe(200);
    const bytes = new Uint8Array(await image.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The page shows that same image, loaded.
    await expect(page.getByTestId('sign-off').locator('img').evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth > 0)).resolves.toBe(true);
  });

  it('lists the ticket as signed (是) in the monthly workbook', async () => {
    const manager = await demoApi('manager-chen');
    const month = monthOf(ticket.createdAt);
    // The aggregator writes the workbook's ticket line from the table's stream: wait for the confirmation to reach it.
    const until = Date.now() + 120_000;
    let signed = await signatureColumnOf(manager, month, ticket.number);
    while (signed !== '是' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 1000));
      signed = await signatureColumnOf(manager, month, ticket.number);
    }
    expect(signed).toBe('是');
    expect(browserErrors).toEqual([]);
  });
});
