import type { Handler } from '../../handler';
import dashboard from './dashboard';
import village from './village';
import villageMonth from './village-month';
import summary from './summary';
import feedbackPlaces from './feedback-places';
import feedbackSubmit from './feedback-submit';
import feedbackMine from './feedback-mine';
import feedbackList from './feedback-list';
import feedbackReply from './feedback-reply';

/** The handlers of this area, one per contract in types/actions/reports.ts. */
export const REPORTS_HANDLERS: Handler[] = [
  dashboard,
  village,
  villageMonth,
  summary,
  feedbackPlaces,
  feedbackSubmit,
  feedbackMine,
  feedbackList,
  feedbackReply,
] as Handler[];
