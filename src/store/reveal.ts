import { create } from 'zustand';

// How many of each slide's fills have been revealed (practice mode, presenter steps).
interface RevealState {
  readonly revealed: Readonly<Record<string, number>>;
  setRevealed(slideId: string, count: number): void;
  resetRevealed(): void;
}

export const useReveal = create<RevealState>()((set) => ({
  revealed: {},
  setRevealed: (slideId, count) =>
    set((state) => ({ revealed: { ...state.revealed, [slideId]: Math.max(0, count) } })),
  resetRevealed: () => set({ revealed: {} }),
}));
