// The lab's inputs (which network, how to count, the device): everything shown is derived from these.
import { create } from 'zustand';
import {
  buildModel,
  type ExtraCost,
  type LayerSpec,
  type ModelOptions,
  type Network,
} from '../engine/index';
import type { Counting, ParamsMode } from './counting';
import type { LayerPath } from './editor-ops';
import { DEFAULT_COUNTING, DEFAULT_MODEL, type TabId } from './lab-link';
import type { SortOrder } from './lab-table';
import { DEVICE_PRESETS, type DeviceProfile, type LabPrecision } from './roofline';

/** Which network the lab shows: a registry model with options, or a network of one's own. */
export type LabSource =
  | { readonly kind: 'model'; readonly model: string; readonly options: ModelOptions }
  | { readonly kind: 'custom'; readonly network: Network };

/** The device of the roofline: a preset's figures, or the user's own. */
export interface LabDevice extends DeviceProfile {
  /** The preset these figures come from, or null once edited. */
  readonly preset: string | null;
}

export interface LabInputs {
  readonly source: LabSource;
  readonly counting: Counting;
  readonly tab: TabId;
  /** The editor row whose groups slider and details are open. */
  readonly selected: LayerPath | null;
  readonly sort: SortOrder;
  readonly showAll: boolean;
  readonly precision: LabPrecision;
  readonly fused: boolean;
  readonly device: LabDevice;
  /** Earlier custom networks, for undo (most recent last). */
  readonly history: readonly LabSource[];
  /** Messages about what the page corrected (a bad link, a failed build). */
  readonly notices: readonly string[];
}

interface LabActions {
  /** Shows a registry model (options replace the current ones). */
  setModel(model: string, options: ModelOptions): void;
  /** Shows a network of one's own (pasted or built from scratch). */
  setNetwork(network: Network): void;
  /** Shows what a link names, without an undo step. */
  loadSource(source: LabSource): void;
  /** Edits the layers; a registry model becomes a custom network first. */
  editLayers(change: (layers: readonly LayerSpec[]) => readonly LayerSpec[]): void;
  /** Edits the input or the title of the network. */
  editNetwork(change: (network: Network) => Network): void;
  undo(): void;
  setConvention(convention: Counting['convention']): void;
  setCountBias(on: boolean): void;
  setExtra(key: ExtraCost, on: boolean): void;
  setParamsMode(mode: ParamsMode): void;
  setCounting(counting: Counting): void;
  setTab(tab: TabId): void;
  select(path: LayerPath | null): void;
  setSort(order: SortOrder): void;
  setShowAll(on: boolean): void;
  setPrecision(precision: LabPrecision): void;
  setFused(on: boolean): void;
  setDevice(device: LabDevice): void;
  addNotice(message: string): void;
  dismissNotices(): void;
}

const firstDevice = DEVICE_PRESETS[0];

export const INITIAL_INPUTS: LabInputs = {
  source: { kind: 'model', model: DEFAULT_MODEL, options: {} },
  counting: DEFAULT_COUNTING,
  tab: 'table',
  selected: null,
  sort: { key: 'index', descending: false },
  showAll: false,
  precision: 'fp32',
  fused: true,
  device: {
    preset: firstDevice?.id ?? null,
    peakGmacs: firstDevice?.peakGmacs ?? 50,
    bandwidthGBs: firstDevice?.bandwidthGBs ?? 15,
  },
  history: [],
  notices: [],
};

/** The network of a source (a model is built by the engine); null with a message when it cannot be built. */
export function sourceNetwork(source: LabSource): { network: Network } | { error: string } {
  if (source.kind === 'custom') return { network: source.network };
  const built = buildModel(source.model, source.options);
  return built.ok
    ? { network: built.value }
    : { error: `${built.error.field}: ${built.error.message}` };
}

/** The network the lab shows now, or null when its model cannot be built. */
export function currentNetwork(): Network | null {
  const found = sourceNetwork(useLabStore.getState().source);
  return 'network' in found ? found.network : null;
}

const HISTORY = 50;

export type LabStore = LabInputs & LabActions;

export const useLabStore = create<LabStore>()((set, get) => {
  const remember = (next: LabSource): Partial<LabInputs> => ({
    source: next,
    history: [...get().history, get().source].slice(-HISTORY),
  });
  const custom = (): Network | null => {
    const found = sourceNetwork(get().source);
    if (!('network' in found)) return null;
    const n = found.network;
    return get().source.kind === 'model' ? { ...n, id: 'custom', title: `${n.title} (edited)` } : n;
  };
  return {
    ...INITIAL_INPUTS,
    setModel: (model, options) => {
      const now = get().source;
      // A slider's steps on one model are one undo step, not fifty.
      if (now.kind === 'model' && now.model === model)
        set({ source: { kind: 'model', model, options } });
      else set({ ...remember({ kind: 'model', model, options }), selected: null });
    },
    setNetwork: (network) => set({ ...remember({ kind: 'custom', network }), selected: null }),
    loadSource: (source) => set({ source, selected: null }),
    editLayers: (change) => {
      const network = custom();
      if (network)
        set(remember({ kind: 'custom', network: { ...network, layers: change(network.layers) } }));
    },
    editNetwork: (change) => {
      const network = custom();
      if (network) set(remember({ kind: 'custom', network: change(network) }));
    },
    undo: () => {
      const history = get().history;
      const previous = history.at(-1);
      if (previous) set({ source: previous, history: history.slice(0, -1), selected: null });
    },
    setConvention: (convention) => set({ counting: { ...get().counting, convention } }),
    setCountBias: (countBias) => set({ counting: { ...get().counting, countBias } }),
    setExtra: (key, on) =>
      set({ counting: { ...get().counting, extras: { ...get().counting.extras, [key]: on } } }),
    setParamsMode: (params) => set({ counting: { ...get().counting, params } }),
    setCounting: (counting) => set({ counting }),
    setTab: (tab) => set({ tab }),
    select: (selected) => set({ selected }),
    setSort: (sort) => set({ sort }),
    setShowAll: (showAll) => set({ showAll }),
    setPrecision: (precision) => set({ precision }),
    setFused: (fused) => set({ fused }),
    setDevice: (device) => set({ device }),
    addNotice: (message) =>
      set({ notices: [...get().notices.filter((m) => m !== message), message] }),
    dismissNotices: () => set({ notices: [] }),
  };
});
