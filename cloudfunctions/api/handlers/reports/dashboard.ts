import { reportsDashboard } from '../../../../types/actions/reports';
import { buildDashboard } from '../../../common/reports/dashboard';
import { handle } from '../../handler';

/** Township supervisor: their township; county admin and inspector: the county or one township. */
export default handle(reportsDashboard, (ctx, input) => buildDashboard(ctx, input));
