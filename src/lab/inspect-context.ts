// What the groups slider shows beside a layer: the convention and the whole network's MACs.
import { createContext } from 'react';
import type { Convention } from '../engine/index';

export interface InspectInfo {
  readonly convention: Convention;
  /** The whole network's MACs now, or null while the network has an error. */
  readonly totalMacs: number | null;
}

/** Read by the groups slider only, so editor rows need not re-render when the totals change. */
export const InspectContext = createContext<InspectInfo>({ convention: 'macs', totalMacs: null });
