import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call an action: anyone with a WeChat identity (villagers), any bound roster
 * person, or only holders of the listed roles. Scope checks happen in the handler.
 */
export type Audience = 'anyone' | 'person' | readonly Role[];

/** Whether a bound person holding these roles may call an action of this audience (scope aside). */
export function audienceAdmits(audience: Audience, roles: readonly { role: Role }[]): boolean {
  return audience === 'anyone' || audience === 'person' || roles.some((r) => audience.includes(r.role));
}

export interface ActionContract<I extends z.ZodTypeAny, O extends z.ZodTypeAny, N extends string = string> {
  name: N;
  input: I;
  output: O;
  audience: Audience;
}

export function defineAction<N extends string, I extends z.ZodTypeAny, O extends z.ZodTypeAny>(
  name: N,
  audience: Audience,
  input: I,
  output: O,
): ActionContract<I, O, N> {
  return { name, input, output, audience };
}

export type InputOf<A> = A extends ActionContract<infer I, z.ZodTypeAny, string> ? z.input<I> : never;
export type OutputOf<A> = A extends ActionContract<z.ZodTypeAny, infer O, string> ? z.output<O> : never;
