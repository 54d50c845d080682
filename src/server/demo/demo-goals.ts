import type { Tx } from '../db/client';

/** The demo programmes' goal trees and targets (being built). Returns how many goals exist. */
export async function loadDemoGoals(_tx: Tx): Promise<number> {
  return 0;
}
