import { seeded } from './harness';

describe('presence demo seed', () => {
  it('gives the 城关镇 supervisor a mock-location hint and a late upload to look at', async () => {
    const { call } = await seeded();
    const r = await call('demo-supervisor', 'flags.list', {});
    if (!r.ok) throw new Error(r.error.message);
    const kinds = r.data.flags.filter((f: { villageId: string }) => f.villageId === 'vil_430121_V003').map((f: { kind: string }) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['repeated-coordinates', 'synced-late']));
  });
});
