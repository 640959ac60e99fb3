import type { Handler } from '../../handler';
import commit from './commit';
import get from './get';
import list from './list';
import plan from './plan';
import { publicGetHandler, publicIndexHandler } from './public';
import publish from './publish';
import reveal from './reveal';
import { teamsListHandler, teamsSaveHandler } from './teams';

/** The handlers of the lottery (摇号抽查), one per contract in types/actions/draw.ts (督查组 included). */
export const DRAW_HANDLERS: Handler[] = [list, get, plan, publish, commit, reveal, publicIndexHandler, publicGetHandler, teamsListHandler, teamsSaveHandler] as Handler[];
