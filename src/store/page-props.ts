/** What a top-level view (quiz, lab, presenter) receives from the router. */
export interface PageProps {
  /** Path segments after the view's own: `#/quiz/worksheet` gives ['worksheet']. */
  readonly segments: readonly string[];
  readonly query: Readonly<Record<string, string>>;
}
