import type { Handler } from '../../handler';
import alertsAck from './alerts-ack';
import alertsList from './alerts-list';
import complianceMonthly from './compliance-monthly';
import messagesGrant from './messages-grant';
import messagesList from './messages-list';
import messagesRead from './messages-read';
import messagesTemplates from './messages-templates';

/** The handlers of this area, one per contract in types/actions/supervision.ts. */
export const SUPERVISION_HANDLERS: Handler[] = [
  complianceMonthly,
  alertsList,
  alertsAck,
  messagesList,
  messagesRead,
  messagesTemplates,
  messagesGrant,
] as Handler[];
