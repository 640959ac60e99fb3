/**
 * A RECORDING stand-in for a CloudBase `Database`, kept only to assert exactly what the driver
 * sends (cloudbase.test.ts): every chain of calls is written to `calls` as `{ via, coll, chain }`,
 * and replies come from `reply` (per terminal method), defaulting to the node-sdk's success
 * shapes. It holds no state: for behaviour (documents, queries, transactions, conflicts) tests
 * use the stateful CloudBase emulator, dev/cloudbase-emulator, which the handler suites and the
 * DocDriver contract run on.
 */
import type { CbCollection, CbDatabase, CbDocRef, CbQuery, CbTransaction } from '../../cloudfunctions/common/store/cloudbase';

/** What `_.gte(x)` etc. return: an op and its args; `.and()` nests. */
export class Cmd {
  constructor(
    public op: string,
    public args: unknown[],
  ) {}
  and(...others: Cmd[]): Cmd {
    return new Cmd('and', [this, ...others]);
  }
}

export const cmd = (op: string, ...args: unknown[]) => new Cmd(op, args);

export type Step = [string, ...unknown[]];
export interface Call {
  via: 'db' | 'tx';
  coll: string;
  chain: Step[];
}

type Terminal = 'get' | 'count' | 'add' | 'set' | 'update' | 'remove' | 'docGet' | 'runTransaction' | 'createCollection';
type Reply = (call: Call) => unknown;

export class FakeDb implements CbDatabase {
  calls: Call[] = [];
  transactions = 0;
  reply: Partial<Record<Terminal, Reply>> = {};

  command = {
    eq: (v: unknown) => cmd('eq', v),
    in: (v: unknown[]) => cmd('in', v),
    gte: (v: unknown) => cmd('gte', v),
    lte: (v: unknown) => cmd('lte', v),
    gt: (v: unknown) => cmd('gt', v),
    lt: (v: unknown) => cmd('lt', v),
    set: (v: unknown) => cmd('set', v),
  };

  private async answer(kind: Terminal, call: Call, dflt: unknown): Promise<unknown> {
    const r = this.reply[kind];
    return r ? r(call) : dflt;
  }

  private chainFor(via: 'db' | 'tx', coll: string): CbCollection {
    const call: Call = { via, coll, chain: [] };
    this.calls.push(call);
    const step = (s: Step) => call.chain.push(s);
    const query: CbQuery = {
      where: (c) => (step(['where', c]), query),
      orderBy: (f, d) => (step(['orderBy', f, d]), query),
      skip: (n) => (step(['skip', n]), query),
      limit: (n) => (step(['limit', n]), query),
      get: () => (step(['get']), this.answer('get', call, { data: [], requestId: 'r' })),
      count: () => (step(['count']), this.answer('count', call, { total: 0, requestId: 'r' })),
    };
    return {
      ...query,
      doc: (id: string): CbDocRef => {
        step(['doc', id]);
        return {
          get: () => (step(['get']), this.answer('docGet', call, { data: [], requestId: 'r' })),
          set: (d) => (step(['set', d]), this.answer('set', call, { updated: 0, upsertedId: 'x', requestId: 'r' })),
          update: (d) => (step(['update', d]), this.answer('update', call, { updated: 1, requestId: 'r' })),
          remove: () => (step(['remove']), this.answer('remove', call, { deleted: 1, requestId: 'r' })),
        };
      },
      add: (d) => (step(['add', d]), this.answer('add', call, { id: 'x', requestId: 'r' })),
    };
  }

  collection(name: string): CbCollection {
    return this.chainFor('db', name);
  }

  async runTransaction<T>(fn: (t: CbTransaction) => Promise<T>): Promise<T> {
    this.transactions++;
    const r = this.reply.runTransaction;
    if (r) await r({ via: 'db', coll: '', chain: [] });
    const t: CbTransaction = { collection: (name) => this.chainFor('tx', name) };
    return fn(t);
  }

  async createCollection(name: string): Promise<unknown> {
    const call: Call = { via: 'db', coll: name, chain: [['createCollection']] };
    this.calls.push(call);
    return this.answer('createCollection', call, { requestId: 'r' });
  }
}
