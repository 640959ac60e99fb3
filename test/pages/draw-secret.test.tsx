import { createHash } from 'node:crypto';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CommitForm, RevealForm } from '../../src/packages/inspection/pages/draw/SecretForms';
import { secretKey } from '../../src/packages/inspection/pages/draws/draw-text';
import { setTransport } from '../../src/services/client';
import { fakeTransport } from './fake-transport';
import { signInEachTestAs } from './page-helpers';
import Taro from './taro-double';
import { typeInto } from './type-into';

signInEachTestAs('demo-inspector');

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const DRAW = 'draw_city_439900_2026-11';
const ME = 'psn_430121_P0005';

describe('提交承诺 and 揭示 on the inspector\'s phone', () => {
  it('sends only the SHA-256 of the number, shows the number to write down and keeps it on the phone', async () => {
    const fake = fakeTransport({ 'draw.commit': () => ({ data: {} }) });
    setTransport(fake.transport);
    const onDone = jest.fn();
    const { container } = render(<CommitForm drawId={DRAW} personId={ME} onDone={onDone} />);
    await typeInto(() => container.querySelector('input'), '12345');
    expect(screen.getByText('请输入12到32位数字（现在5位）')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('提交承诺', { selector: 'taro-button-core, taro-button-core *' }));
    });
    expect(fake.calls).toEqual([]); // too short: nothing sent
    await typeInto(() => container.querySelector('input'), '5201314007186');
    expect(screen.getByText('5201314007186')).toBeTruthy();
    expect(screen.getByText(sha('5201314007186'))).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('提交承诺', { selector: 'taro-button-core, taro-button-core *' }));
    });
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fake.calls).toEqual([expect.objectContaining({ action: 'draw.commit', data: expect.objectContaining({ drawId: DRAW, hash: sha('5201314007186') }) })]);
    expect(JSON.stringify(fake.calls)).not.toContain('5201314007186');
    expect(Taro.getStorageSync(secretKey(DRAW, ME))).toBe('5201314007186');
  });

  it('随机生成 proposes a 16-digit number', async () => {
    setTransport(fakeTransport({}).transport);
    render(<CommitForm drawId={DRAW} personId={ME} onDone={() => undefined} />);
    await act(async () => {
      fireEvent.click(screen.getByText('随机生成'));
    });
    const shown = document.querySelector('.draw-secret')?.textContent ?? '';
    expect(shown).toMatch(/^[1-9]\d{15}$/);
  });

  it('揭示 starts from the number the phone kept and says whether it matches the commitment', async () => {
    Taro.setStorageSync(secretKey(DRAW, ME), '5201314007186');
    const fake = fakeTransport({ 'draw.reveal': () => ({ data: {} }) });
    setTransport(fake.transport);
    const { container } = render(<RevealForm drawId={DRAW} personId={ME} myHash={sha('5201314007186')} onDone={() => undefined} />);
    expect(screen.getByText('与您的承诺一致。')).toBeTruthy();
    await typeInto(() => container.querySelector('input'), '5201314007187');
    expect(screen.getByText('这个数字与您的承诺对不上，请核对您记下的数字。')).toBeTruthy();
  });
});
