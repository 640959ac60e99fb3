import type { z } from 'zod';
import type { ActionContract } from '../../types';
import type { Ctx } from '../common/context';

/** A handler is the server side of one contract: parsed input in, output out (or AppError). */
export interface Handler<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  contract: ActionContract<I, O>;
  run(ctx: Ctx, input: z.output<I>): Promise<z.input<O>>;
}

export function handle<I extends z.ZodTypeAny, O extends z.ZodTypeAny, N extends string>(
  contract: ActionContract<I, O, N>,
  run: (ctx: Ctx, input: z.output<I>) => Promise<z.input<O>>,
): Handler<I, O> {
  return { contract, run };
}
