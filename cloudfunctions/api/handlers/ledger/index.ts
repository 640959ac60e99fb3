import type { Handler } from '../../handler';
import ledgerList from './list';
import ledgerGet from './get';
import ledgerEdit from './edit';
import ledgerUploadEvidence from './upload-evidence';
import ledgerSubmit from './submit';
import ledgerEvidence from './evidence';
import ledgerReview from './review';

/** The handlers of the rectification ledger, one per contract in types/actions/ledger.ts. */
export const LEDGER_HANDLERS: Handler[] = [ledgerList, ledgerGet, ledgerEdit, ledgerUploadEvidence, ledgerSubmit, ledgerEvidence, ledgerReview] as Handler[];
