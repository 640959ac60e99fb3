import { rosterTemplate as contract } from '../../../../types/actions/org';
import { rosterTemplate } from '../../../common/roster/xlsx';
import { handle } from '../../handler';

export default handle(contract, async () => ({
  fileName: '驻村名册导入模板.xlsx',
  base64: (await rosterTemplate()).toString('base64'),
}));
