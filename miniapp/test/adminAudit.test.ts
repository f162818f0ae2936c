import { changesOf } from '../src/packages/admin/components/auditChanges';
import { splitProblemField, templateOf } from '../src/packages/admin/components/csvTemplates';

describe('an audit entry as the screens show it', () => {
  it('lists the fields that changed, before → after, and leaves out the bookkeeping', () => {
    const entry = { before: { name: '泵', locationId: 'R1', version: 3, retired: false }, after: { name: '泵', locationId: 'R2', version: 4, retired: true } };
    expect(changesOf(entry)).toEqual([
      { field: 'locationId', before: 'R1', after: 'R2' },
      { field: 'retired', before: 'false', after: 'true' },
    ]);
  });

  it('shows a created record as every field it was given', () => {
    expect(changesOf({ before: null, after: { id: 'P1', name: '泵', vendor: null } })).toEqual([{ field: 'name', before: '—', after: '泵' }]);
  });
});

describe('an import problem and the templates', () => {
  it('reads the line and the field out of the API’s field name', () => {
    expect(splitProblemField('line 31: locationId')).toEqual({ line: 31, field: 'locationId' });
    expect(splitProblemField('header')).toEqual({ line: null, field: 'header' });
  });

  it('starts each template with a byte-order mark and the header the import expects', () => {
    expect(templateOf('users').split('\r\n')[0]).toBe('\uFEFFid,name,roles,department,skills,phone,homeBuildingId');
  });
});
