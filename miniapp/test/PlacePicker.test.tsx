import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import type { Asset } from '@contract/catalog';
import type { PlaceMatch } from '@contract/places';
import { PlacePicker } from '../src/components/desk/PlacePicker';
import { send } from '../src/services/transport';
import { fakeApi, find, tap, type } from './helpers';

jest.mock('../src/services/transport', () => ({ send: jest.fn() }));

const sendMock = send as jest.MockedFunction<typeof send>;

const nurseStation: PlaceMatch = { id: 'B5-0601', name: '神经内科 护士站', type: 'room', roomUse: 'nurse_station', qrCode: 'R-B5-0601', path: ['本部', '住院楼（5号楼）', '6层', '神经内科 护士站'] };
const printer: Asset = { id: 'B5-0601-PRN1', name: '打印机', type: 'printer', model: null, serial: null, vendor: null, installDate: null, categoryCode: 'it', lifeSupport: false, locationId: 'B5-0601', qrCode: null };

function Harness({ onAsset }: { onAsset: (a: Asset | null) => void }) {
  const [place, setPlace] = useState<PlaceMatch | null>(null);
  const [asset, setAsset] = useState<Asset | null>(null);
  return <PlacePicker place={place} asset={asset} onPlace={setPlace} onAsset={(a) => (setAsset(a), onAsset(a))} />;
}

describe('the desk’s place picker', () => {
  it('asks the server for what was typed, shows the building, and offers the devices of the place picked', async () => {
    const fake = fakeApi({
      'GET /v1/places': () => ({ status: 200, data: { items: [nurseStation] } }),
      'GET /v1/places/B5-0601/assets': () => ({ status: 200, data: { items: [printer] } }),
    });
    sendMock.mockImplementation(fake.handler);
    const onAsset = jest.fn();
    render(<Harness onAsset={onAsset} />);
    await type(await find<HTMLInputElement>('[data-testid="place-search"] input'), 'sjnkhsz');
    const option = await screen.findByTestId('place-option', {}, { timeout: 5000 });
    expect(option.textContent).toContain('住院楼（5号楼） › 6层');
    expect(fake.calls.find((c) => c.url.includes('/v1/places?'))?.url).toContain('q=sjnkhsz');
    await tap(option);
    expect((await screen.findByTestId('place-chosen')).textContent).toContain('住院楼（5号楼） › 6层 › 神经内科 护士站');
    await tap(await screen.findByTestId('device-option'));
    await waitFor(() => expect(onAsset).toHaveBeenLastCalledWith(printer));
  });

  it('says so when no place matches', async () => {
    sendMock.mockImplementation(fakeApi({ 'GET /v1/places': () => ({ status: 200, data: { items: [] } }) }).handler);
    render(<Harness onAsset={jest.fn()} />);
    await type(await find<HTMLInputElement>('[data-testid="place-search"] input'), 'zzz');
    expect(await screen.findByText('没有找到该位置', {}, { timeout: 5000 })).toBeTruthy();
  });
});
