import { isLocalMode } from '../../../../services/current-transport';
import { lightCall } from '../../../../services/light-client';

/** What /public/draws/index.json and /public/draws/<id>.json hold (see cloudfunctions/common/inspection/public.ts). */
export interface PublicIndex {
  draws: { id: string; scopeName: string; month: string; status: 'committing' | 'drawn'; frameSize: number; selected: number; file: string }[];
}
export interface PublicDraw {
  id: string;
  scopeLevel: 'city' | 'county';
  scopeName: string;
  month: string;
  status: 'planned' | 'committing' | 'drawn';
  rate: number;
  frameRuleText: string;
  countyNames: Record<string, string>;
  frame: { villageId: string; villageCode: string; name: string; countyId: string }[];
  teams: { teamId: string; name: string; homeCountyIds: string[] }[];
  commitments: { personId: string; name: string; hash: string; at: string }[];
  reveals: { personId: string; value: string | null; at: string }[];
  publicValue: { text: string; source: string } | null;
  seed: string | null;
  quotas: { countyId: string; n: number; k: number }[];
  selection: { villageId: string; villageCode: string; countyId: string; ticket: string }[];
  assignments: { villageId: string; teamId: string | null }[];
  publishedAt: string | null;
  drawnAt: string | null;
  seedFormula: string;
  howToCheck: string[];
}

class LoadError extends Error {}

/**
 * No login: in the browser the very files anyone may download (/public/draws/…); in the
 * mini-program the same JSON through the api (any WeChat user may read it).
 */
export async function loadPublic(id: string | undefined): Promise<{ index?: PublicIndex; draw?: PublicDraw }> {
  if (isLocalMode) {
    const res = await fetch(`/public/draws/${id ? `${encodeURIComponent(id)}.json` : 'index.json'}`);
    if (res.status === 404) throw new LoadError(id ? '没有找到这次摇号。' : '还没有公开的摇号。');
    if (!res.ok) throw new LoadError('暂时打不开，请稍后再试。');
    const json = await res.json();
    return id ? { draw: json as PublicDraw } : { index: json as PublicIndex };
  }
  if (id) return { draw: (await lightCall('draw.publicGet', { drawId: id })) as unknown as PublicDraw };
  return { index: (await lightCall('draw.publicIndex', {})) as unknown as PublicIndex };
}

/** The public link of a draw's JSON (what `npm run verify-draw` takes), in the browser. */
export const publicJsonUrl = (id: string) =>
  isLocalMode && typeof window !== 'undefined' ? `${window.location.origin}/public/draws/${id}.json` : null;
