// The lecture's symbols as HTML, for prose beside the formulas (the formulas themselves use KaTeX).

/** D_K, the kernel size. */
export const DK = (
  <var className="sep-sym">
    D<sub>K</sub>
  </var>
);
/** D_F, the input feature map size. */
export const DF = (
  <var className="sep-sym">
    D<sub>F</sub>
  </var>
);
/** D_G, the output feature map size. */
export const DG = (
  <var className="sep-sym">
    D<sub>G</sub>
  </var>
);
/** M, the input channels. */
export const M = <var className="sep-sym">M</var>;
/** N, the output channels. */
export const N = <var className="sep-sym">N</var>;
