import { create } from 'zustand';

// The last link query of every slide this visit, so a slide keeps its numbers when you come
// back to it and the handout prints each slide as it was left.
interface SlideMemory {
  readonly queries: Readonly<Record<string, Readonly<Record<string, string>>>>;
  remember(slideId: string, query: Readonly<Record<string, string>>): void;
}

export const useSlideMemory = create<SlideMemory>()((set) => ({
  queries: {},
  remember: (slideId, query) =>
    set((state) =>
      state.queries[slideId] === query
        ? state
        : { queries: { ...state.queries, [slideId]: query } },
    ),
}));
