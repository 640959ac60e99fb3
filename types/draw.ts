import { z } from 'zod';

/** Shapes of the lottery (摇号抽查) as the app sees them; the public JSON is in cloudfunctions/common/inspection/public.ts. */
export const DrawScopeLevel = z.enum(['city', 'county']);
export const DrawStatus = z.enum(['planned', 'committing', 'drawn']);
export const FrameRule = z.enum(['all', 'countyUnits'], { error: '请选择名单范围' });

export const DRAW_STATUS_LABELS = { planned: '未公示', committing: '已公示，等待承诺和揭示', drawn: '已开奖' } as const;

const FrameEntry = z.object({ villageId: z.string(), villageCode: z.string(), name: z.string(), countyId: z.string() });
const Team = z.object({ teamId: z.string(), name: z.string(), homeCountyIds: z.array(z.string()), memberIds: z.array(z.string()) });
const PublicValue = z.object({ text: z.string(), source: z.string() });

export const DrawSummary = z.object({
  id: z.string(),
  scopeLevel: DrawScopeLevel,
  scopeName: z.string(),
  month: z.string(),
  status: DrawStatus,
  frameSize: z.number(),
  selected: z.number(),
  committed: z.number(),
  revealed: z.number(),
  members: z.number(),
  /** What the caller has to do on it, if anything: 'publish' (admin), 'commit' or 'reveal' (inspector). */
  todo: z.enum(['publish', 'commit', 'reveal']).nullable(),
});
export type DrawSummary = z.infer<typeof DrawSummary>;

export const DrawView = z.object({
  id: z.string(),
  scopeLevel: DrawScopeLevel,
  scopeName: z.string(),
  month: z.string(),
  status: DrawStatus,
  rate: z.number(),
  frameRule: FrameRule,
  frameRuleText: z.string(),
  countyNames: z.record(z.string(), z.string()),
  frame: z.array(FrameEntry),
  teams: z.array(Team.extend({ memberNames: z.array(z.string()) })),
  quotas: z.array(z.object({ countyId: z.string(), n: z.number(), k: z.number() })),
  commitments: z.array(z.object({ personId: z.string(), name: z.string(), hash: z.string(), at: z.string() })),
  /** The numbers stay hidden until the draw (value null), so nobody learns them before everyone has revealed. */
  reveals: z.array(z.object({ personId: z.string(), name: z.string(), value: z.string().nullable(), at: z.string() })),
  /** Members yet to commit / reveal, by name. */
  waitingCommit: z.array(z.string()),
  waitingReveal: z.array(z.string()),
  publicValue: PublicValue.nullable(),
  seed: z.string().nullable(),
  selection: z.array(z.object({ villageId: z.string(), villageCode: z.string(), countyId: z.string(), ticket: z.string(), name: z.string(), teamId: z.string().nullable(), teamName: z.string() })),
  publishedAt: z.string().nullable(),
  drawnAt: z.string().nullable(),
  publicUrl: z.string().nullable(),
  seedFormula: z.string(),
  me: z.object({
    canManage: z.boolean(),
    isMember: z.boolean(),
    committed: z.boolean(),
    revealed: z.boolean(),
    /** Shown only to its owner and only after the draw (the app keeps the number locally before that). */
    myHash: z.string().nullable(),
  }),
});
export type DrawView = z.infer<typeof DrawView>;
