import { bodyOf, draftOf, newDraft } from '../../src/packages/admin/components/categoryDraft';

describe('the category form’s draft', () => {
  it('sends whole minutes, drops empty phrase rows and uses a one-language phrase for both', () => {
    const draft = {
      ...newDraft(),
      code: ' cold_chain ',
      nameZh: '冷链',
      nameEn: 'Cold chain',
      team: ' 冷链班 ',
      quickPhrases: [
        { zh: ' 温度过高 ', en: 'Too warm' },
        { zh: '', en: '' },
        { zh: '报警', en: '' },
      ],
    };
    expect(bodyOf(draft)).toEqual({
      code: 'cold_chain',
      nameZh: '冷链',
      nameEn: 'Cold chain',
      team: '冷链班',
      dispatchMode: 'manual',
      sla: { acceptWithinMinutes: { normal: 15, urgent: 15, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 120, emergency: 30 } },
      quickPhrases: [
        { zh: '温度过高', en: 'Too warm' },
        { zh: '报警', en: '报警' },
      ],
      offeredForRooms: true,
      signatureRequired: false,
    });
  });

  it('leaves a time that is not a whole number for the server to refuse, field by field', () => {
    const draft = newDraft();
    draft.sla.arriveWithinMinutes.urgent = '1.5';
    expect(bodyOf(draft).sla.arriveWithinMinutes.urgent).toBeNaN();
  });

  it('reads a stored category back as the form shows it', () => {
    const stored = {
      code: 'lift', nameZh: '电梯', nameEn: 'Lifts', team: '维保单位', dispatchMode: 'grab' as const, offeredForRooms: false, signatureRequired: true, version: 3, retired: false,
      sla: { acceptWithinMinutes: { normal: 15, urgent: 10, emergency: 5 }, arriveWithinMinutes: { normal: 240, urgent: 60, emergency: 30 } },
      quickPhrases: [{ zh: '困人', en: 'People trapped' }],
    };
    expect(draftOf(stored)).toMatchObject({ dispatchMode: 'grab', signatureRequired: true, sla: { arriveWithinMinutes: { urgent: '60' } }, quickPhrases: [{ zh: '困人', en: 'People trapped' }] });
  });
});
