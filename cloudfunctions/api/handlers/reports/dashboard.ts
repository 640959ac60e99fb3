import { reportsDashboard } from '../../../../types/actions/reports';
import { buildDashboard } from '../../../common/reports/dashboard';
import { handle } from '../../handler';

/** Township supervisor: their township; county admin: the county or one township (an inspector: refused, drawn villages only). */
export default handle(reportsDashboard, (ctx, input) => buildDashboard(ctx, input));
