import { searchTokenOf } from './searchTerms';

describe('searchTokenOf', () => {
  it.each([
    ['138 0013 8000', { kind: 'phone', prefix: '13800138000' }],
    ['0756-2528', { kind: 'phone', prefix: '07562528' }],
    ['bx20261201-0003', { kind: 'number', prefix: 'BX20261201-0003' }],
    ['BX2026', { kind: 'number', prefix: 'BX2026' }],
    ['张 大爷', { kind: 'name', prefix: '张大爷' }],
    ['Li', { kind: 'name', prefix: 'li' }],
    ['12', { kind: 'name', prefix: '12' }],
  ])('reads %s as %j', (query, token) => {
    expect(searchTokenOf(query)).toEqual(token);
  });
});
