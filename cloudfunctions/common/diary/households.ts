import { findAll, type DocDriver } from '../store/driver';
import type { HouseholdDoc } from './docs';

/** A village's households (农户): bounded, a few hundred at most. */
export function villageHouseholds(store: DocDriver, villageId: string): Promise<HouseholdDoc[]> {
  return findAll(store, 'households', { villageId });
}
