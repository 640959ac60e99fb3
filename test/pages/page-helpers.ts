import { act, fireEvent, screen } from '@testing-library/react';
import { clearSession } from '../../src/hooks/useSession';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import Taro, { resetTaroDouble } from './taro-double';

/** Clicks the element showing this text. */
export async function click(text: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
}

/** Before each test: a fresh Taro double, no cached session, and this demo openid signed in. */
export function signInEachTestAs(openid: string): void {
  beforeEach(() => {
    resetTaroDouble();
    clearSession();
    Taro.setStorageSync(DEMO_OPENID_KEY, openid);
  });
}
