import { act, fireEvent, waitFor } from '@testing-library/react';

/** Types into a Taro text box: its custom element draws the native <input>/<textarea> a moment later, so wait for it. */
export async function typeInto(find: () => Element | null | undefined, value: string): Promise<void> {
  const el = await waitFor(() => {
    const found = find();
    if (!found) throw new Error('not drawn yet');
    return found;
  });
  await act(async () => {
    fireEvent.input(el, { target: { value } });
  });
}
