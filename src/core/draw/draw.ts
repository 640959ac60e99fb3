import { sha256Hex } from './sha256';
import type { Assignment, DrawScopeLevel, DrawTeam, FrameEntry, PublicValue, Quota, Reveal, Selected } from './types';

/** The lowest rate a plan may use (seed 002: at least 10% of each county's teams). */
export const MIN_RATE = 0.1;

/** A secret number: 12 to 32 digits (fewer could be found from its hash by trying them all). */
export const SECRET_PATTERN = /^\d{12,32}$/;

/** The commitment to a secret number: SHA-256 of its digits, lowercase hex. */
export const commitmentOf = (value: string): string => sha256Hex(value);

/** `SHA-256(seed + ":" + villageCode)`, lowercase hex. */
export const ticketOf = (seed: string, villageCode: string): string => sha256Hex(`${seed}:${villageCode}`);

/**
 * The seed, from every reveal and the public value:
 *
 *   SHA-256( "zhucun-draw-v1" \n drawId \n personId₁ ":" value₁ \n … personIdₙ ":" valueₙ \n "public:" text )
 *
 * with the reveals in ascending order of personId (by UTF-16 code units, as JavaScript sorts), lines
 * joined by a single "\n" (no trailing newline), and `text` empty when there is no public value.
 */
export function seedOf(drawId: string, reveals: readonly Pick<Reveal, 'personId' | 'value'>[], publicValue: PublicValue | null): string {
  const lines = [...reveals].sort((a, b) => cmp(a.personId, b.personId)).map((r) => `${r.personId}:${r.value}`);
  return sha256Hex(['zhucun-draw-v1', drawId, ...lines, `public:${publicValue?.text ?? ''}`].join('\n'));
}

/** Plain code-unit order (never locale order), so every machine sorts alike. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Villages to draw per county: k = max(1, ⌈rate × n⌉) for each county with n villages in the frame.
 * A county draw is one county, so k = ⌈rate × n⌉. The rate is taken to 4 decimals and the ceiling is
 * reckoned in whole numbers (0.1 × 30 is 3, never 4).
 */
export function quotasOf(frame: readonly FrameEntry[], rate: number): Quota[] {
  const basis = Math.round(rate * 10000);
  const n = new Map<string, number>();
  for (const f of frame) n.set(f.countyId, (n.get(f.countyId) ?? 0) + 1);
  return [...n.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([countyId, count]) => ({ countyId, n: count, k: Math.min(count, Math.max(1, Math.floor((basis * count + 9999) / 10000))) }));
}

/** Ticket order: the smaller ticket first, ties by village code. */
export const byTicket = (a: Selected, b: Selected) => cmp(a.ticket, b.ticket) || cmp(a.villageCode, b.villageCode);

/** The sample: per county, the k smallest tickets (ties by code); listed in ticket order. */
export function sampleOf(frame: readonly FrameEntry[], seed: string, quotas: readonly Quota[]): Selected[] {
  const out: Selected[] = [];
  for (const q of quotas) {
    const tickets = frame
      .filter((f) => f.countyId === q.countyId)
      .map((f) => ({ villageId: f.villageId, villageCode: f.villageCode, countyId: f.countyId, ticket: ticketOf(seed, f.villageCode) }))
      .sort(byTicket);
    out.push(...tickets.slice(0, q.k));
  }
  return out.sort(byTicket);
}

/** Whether a team may inspect a county in a draw of this level: a city draw is a cross-check. */
export const teamMayGo = (level: DrawScopeLevel, team: Pick<DrawTeam, 'homeCountyIds'>, countyId: string): boolean =>
  level !== 'city' || !team.homeCountyIds.includes(countyId);

/**
 * Drawn villages to teams, from the seed alone: in ticket order, each village goes to the team that
 * may go there (never its home county in a city draw) with the fewest villages so far; ties by
 * SHA-256(seed + ":" + villageCode + ":" + teamId), then by teamId.
 */
export function assignmentsOf(level: DrawScopeLevel, selection: readonly Selected[], teams: readonly DrawTeam[], seed: string): Assignment[] {
  const load = new Map(teams.map((t) => [t.teamId, 0]));
  return selection.map((s) => {
    const ranked = teams
      .filter((t) => teamMayGo(level, t, s.countyId))
      .map((t) => ({ t, load: load.get(t.teamId)!, tie: sha256Hex(`${seed}:${s.villageCode}:${t.teamId}`) }))
      .sort((a, b) => a.load - b.load || cmp(a.tie, b.tie) || cmp(a.t.teamId, b.t.teamId));
    const team = ranked[0]?.t ?? null;
    if (team) load.set(team.teamId, load.get(team.teamId)! + 1);
    return { villageId: s.villageId, teamId: team?.teamId ?? null };
  });
}

/** Counties of the frame no team may go to (a plan with any of these is refused). */
export function uncoveredCounties(level: DrawScopeLevel, frame: readonly FrameEntry[], teams: readonly DrawTeam[]): string[] {
  const counties = [...new Set(frame.map((f) => f.countyId))].sort(cmp);
  return counties.filter((c) => !teams.some((t) => teamMayGo(level, t, c)));
}

/** The whole outcome from the reveals: seed, quotas, selection and assignments. */
export function runDraw(d: {
  id: string;
  scopeLevel: DrawScopeLevel;
  rate: number;
  frame: readonly FrameEntry[];
  teams: readonly DrawTeam[];
  reveals: readonly Pick<Reveal, 'personId' | 'value'>[];
  publicValue: PublicValue | null;
}) {
  const seed = seedOf(d.id, d.reveals, d.publicValue);
  const quotas = quotasOf(d.frame, d.rate);
  const selection = sampleOf(d.frame, seed, quotas);
  return { seed, quotas, selection, assignments: assignmentsOf(d.scopeLevel, selection, d.teams, seed) };
}
