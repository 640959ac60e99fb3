import { ACTIONS, type ActionName, type OutputOf } from '../../../types';

/** The shape 'cadre.today' answers (used until the action is in the contract; then the contract's type wins). */
interface CadreTodayShape {
  day: string;
  village: { id: string; name: string };
  clockedIn: boolean;
  clockInAt: string | null;
  diaryWritten: boolean;
  month: {
    month: string;
    workingDays: number;
    workingDaysSoFar: number;
    presentDays: number;
    requiredDays: number | null;
    projection: { status: string; sentence: string };
  };
}

type OutOf<N extends string, Fallback> = N extends ActionName ? OutputOf<(typeof ACTIONS)[N]> : Fallback;

export const CADRE_TODAY = 'cadre.today';
export type CadreToday = OutOf<typeof CADRE_TODAY, CadreTodayShape>;
/** False until the contract gains 'cadre.today': the page then says the feature is coming. */
export const cadreTodayAvailable = CADRE_TODAY in ACTIONS;
