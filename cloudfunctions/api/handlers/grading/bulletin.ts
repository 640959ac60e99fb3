import { gradingBulletin } from '../../../../types/actions/grades-report';
import { bulletin } from '../../../common/bulletin';
import { handle } from '../../handler';

/** 通报 of the county (county admin) or the city (city admin): ranking and counts per grade. */
export default handle(gradingBulletin, async (ctx, { period, countyId }) => bulletin(ctx, period, countyId));
