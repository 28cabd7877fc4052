import { useMemo } from 'react';
import { convOutputSize } from '../../engine/index';
import { DerivationView } from '../../ui/derivation-view';
import { Tex } from '../../ui/tex';
import type { SlideProps } from '../slide-meta';
import { GridFigure } from './07-standard-conv-definitions-grid';
import './07-standard-conv-definitions.css';

interface Definition {
  readonly tex: string;
  readonly text: string;
  readonly meaning: string;
}

// The lecture's key definitions, in its order.
const DEFINITIONS: readonly Definition[] = [
  { tex: 'D_K', text: 'D_K', meaning: 'kernel size (3 → 3 × 3)' },
  { tex: 'M', text: 'M', meaning: 'input channels' },
  { tex: 'N', text: 'N', meaning: 'output channels = number of filters' },
  { tex: 'D_F', text: 'D_F', meaning: 'input feature map size' },
  { tex: 'D_G', text: 'D_G', meaning: 'output feature map size' },
];

// Slide 7: the symbols of the cost formulas, and the output size from stride and padding.
export default function Panel({ values, set }: SlideProps) {
  const DK = Number(values.DK);
  const DF = Number(values.DF);
  const s = Number(values.s);
  const p = Number(values.p);
  const out = useMemo(
    () => convOutputSize({ size: DF, kernel: DK, stride: s, padding: p }),
    [DF, DK, s, p],
  );
  const same = Math.floor(DK / 2);
  const keeps = out.ok && out.value.size === DF;
  return (
    <div className="scd">
      <dl className="scd-defs">
        {DEFINITIONS.map((d) => (
          <div key={d.text} className="scd-def">
            <dt>
              <Tex tex={d.tex} fallback={d.text} />
            </dt>
            <dd>{d.meaning}</dd>
          </div>
        ))}
      </dl>
      <div className="scd-main">
        <div className="scd-left">
          <h2 className="scd-heading">Output size</h2>
          {/* One box of fixed height for the formula or, when the kernel does not fit, the message. */}
          {out.ok ? (
            <div
              className="scd-formula"
              tabIndex={0}
              role="region"
              aria-label="Output size formula"
            >
              <DerivationView derivation={out.value.derivation} lhs="D_G" rows />
            </div>
          ) : (
            <p className="panel-error scd-formula" role="alert">
              {out.error.message}
            </p>
          )}
          <p className={keeps ? 'scd-status scd-status-same' : 'scd-status'}>
            {out.ok ? (
              keeps ? (
                <>
                  D<sub>G</sub> = D<sub>F</sub> = {DF}: the size is kept.
                </>
              ) : (
                <>
                  D<sub>G</sub> = {out.value.size} ≠ D<sub>F</sub> = {DF}
                </>
              )
            ) : null}
          </p>
          <p className="scd-shape num">
            <Tex tex="D_F \times D_F \times M" fallback="D_F × D_F × M" /> →{' '}
            <Tex tex="D_G \times D_G \times N" fallback="D_G × D_G × N" />: every filter gives one
            output channel.
          </p>
        </div>
        <div className="scd-right">
          <GridFigure DF={DF} DK={DK} s={s} p={p} DG={out.ok ? out.value.size : null} />
          <div className="scd-same">
            <p>
              <strong>“Same” padding</strong>:{' '}
              <Tex tex="p = \lfloor D_K/2 \rfloor" fallback="p = ⌊D_K/2⌋" /> cells on each side (odd{' '}
              <Tex tex="D_K" fallback="D_K" />) keeps <Tex tex="D_G = D_F" fallback="D_G = D_F" />{' '}
              at stride 1, and gives <Tex tex="\lceil D_F/s \rceil" fallback="⌈D_F/s⌉" /> at stride
              s. The lecture assumes it: “usually <Tex tex="D_G \approx D_F" fallback="D_G ≈ D_F" />
              ”.
            </p>
            <button type="button" onClick={() => set('p', same)} disabled={p === same}>
              Use same padding (p = {same})
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
