import * as z from 'zod/mini';
import { issuesToDetails } from './issueDetails';
import { FreeText, normaliseText } from './common';

describe('normalising free text', () => {
  // Written by hand: what a client sends and what is stored.
  const multiline: [what: string, sent: string, stored: string][] = [
    ['plain Chinese', '插座没电', '插座没电'],
    ['newlines and tabs kept, CR LF made LF', '第一行\r\n\t第二行', '第一行\n\t第二行'],
    ['NUL and other C0 controls dropped', 'a\u0000b\u0007c\u001fd', 'abcd'],
    ['DEL and C1 controls dropped', 'a\u007fb\u0085c', 'abc'],
    ['an ANSI colour escape dropped whole', '\u001b[31m红色\u001b[0m', '红色'],
    ['an OSC title escape dropped whole', '\u001b]0;pwned\u0007ok', 'ok'],
    ['a right-to-left override dropped', '发票\u202egpj.exe', '发票gpj.exe'],
    ['bidi isolates dropped', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['zero-width characters at the ends trimmed', '\u200b\ufeff 灯不亮 \u200d\u2060', '灯不亮'],
    ['a zero-width joiner inside kept (emoji sequences)', '👩\u200d🔧 师傅', '👩\u200d🔧 师傅'],
  ];
  it.each(multiline)('%s', (_what, sent, stored) => {
    expect(normaliseText(sent, true)).toBe(stored);
  });

  it('turns tabs and newlines of a one-line text (a name) into single spaces', () => {
    expect(normaliseText('心内科\n\t护士站', false)).toBe('心内科 护士站');
  });
});

describe('a free-text field', () => {
  const Body = z.object({ description: FreeText({ max: 10, multiline: true }), note: z.optional(FreeText({ max: 10, mayBeEmpty: true })) });
  const problems = (value: unknown) => {
    const result = z.safeParse(Body, value);
    return result.success ? [] : issuesToDetails(result.error.issues, 'body').map((d) => [d.field, d.code, d.messageZh]);
  };

  // Written by hand: texts without one character that shows.
  const invisible: [what: string, text: string][] = [
    ['only zero-width spaces', '\u200b\u200b\u200b'],
    ['only a BOM and a word joiner', '\ufeff\u2060'],
    ['only spaces and newlines', '  \n\t \n'],
    ['only controls and an ANSI escape', '\u0000\u001b[2J\u0007'],
    ['only bidi overrides', '\u202e\u202d'],
    ['only Hangul fillers', '\u3164\u3164'],
    ['only a combining mark', '\u0301'],
    ['empty', ''],
  ];
  it.each(invisible)('refuses a description of %s, naming the field in both languages', (_what, text) => {
    expect(problems({ description: text })).toEqual([['body.description', 'no_visible_text', '请至少输入一个可见的字符']]);
  });

  it('stores the normalised text, and counts its length after normalising', () => {
    expect(z.parse(Body, { description: '\u202e\u200b1234567890\u200b' }).description).toBe('1234567890');
    expect(problems({ description: '12345678901' })[0]?.slice(0, 2)).toEqual(['body.description', 'too_big']);
  });

  it('lets an optional note be empty but not a raw flood', () => {
    expect(problems({ description: 'ok', note: '' })).toEqual([]);
    expect(problems({ description: 'ok', note: ' '.repeat(41) })[0]?.slice(0, 2)).toEqual(['body.note', 'too_big']);
  });
});
