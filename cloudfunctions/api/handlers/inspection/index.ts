import type { Handler } from '../../handler';
import codeView from './code-view';
import exportRecord from './export';
import get from './get';
import list from './list';
import mine from './mine';
import open from './open';
import save from './save';
import sign from './sign';
import signByCode from './sign-by-code';
import signCode from './sign-code';
import template from './template';
import templateSave from './template-save';

/** The handlers of the inspection record, one per contract in types/actions/inspection.ts. */
export const INSPECTION_HANDLERS: Handler[] = [mine, open, get, list, save, sign, signCode, codeView, signByCode, exportRecord, template, templateSave] as Handler[];
