import { Fragment, useDeferredValue, useMemo } from 'react';
import { formatBytes, PRECISIONS, weightMemory, type Precision } from '../../engine/index';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { ParamsChart } from './02-why-lightweight-chart';
import { imagenetRows, millions, modelRows, type ModelRow } from './02-why-lightweight-rows';
import './02-why-lightweight.css';

const LECTURE_CLASSES = 101;
/** The ImageNet figures quoted under the table (all six are in the chart's table). */
const IMAGENET_SHOWN = ['resnet-18', 'resnet-50', 'vgg-16'];

/** Model size of a parameter count at a number format, from the engine. */
function size(params: number | null, precision: Precision): string {
  return params === null ? '–' : formatBytes(weightMemory(params)[precision], { digits: 0 });
}

/** An engine count in millions, ✓ when it rounds to the lecture's print, its size below. */
function EngineCell({
  params,
  printed,
  precision,
}: {
  params: number | null;
  printed: string | undefined;
  precision: Precision;
}) {
  const same = printed !== undefined && millions(params) === printed;
  return (
    <>
      <span className="why-engine">
        {millions(params)}
        <span className="why-match" aria-label={same ? 'matches the lecture' : undefined}>
          {same ? '✓' : '\u00a0'}
        </span>
      </span>
      <span className="why-size">{size(params, precision)}</span>
    </>
  );
}

// Slide 2: how big ResNets and VGG are, in 2D and 3D, as the lecture prints and as the engine counts.
export default function Panel({ values }: SlideProps) {
  const classes = Number(values.classes);
  const precision = (
    String(values.precision) in PRECISIONS ? values.precision : 'fp32'
  ) as Precision;
  const deferred = useDeferredValue(classes);
  const rows = useMemo(() => modelRows(deferred), [deferred]);
  const imagenet = useMemo(() => imagenetRows(), []);
  const atLecture = deferred === LECTURE_CLASSES;
  const vgg = rows.find((r) => r.note3d);
  const vggNote = vgg?.note3d;
  const vggEngine = vgg?.engine3d ?? null;
  return (
    <div className="why">
      <p className="why-lede">
        Deep CNNs are accurate but <strong>too large</strong> for apps, drones, AR and robots:{' '}
        <q className="why-quote-line">Low memory, real-time requirement</q>
      </p>
      <div className="why-grid">
        <div className="why-table-wrap" tabIndex={0} role="region" aria-label="Params table">
          <table className="data why-table">
            <caption>
              Params (M): the lecture’s table as printed, the engine’s count at the chosen classes
              and, under it, its size in {precision}
            </caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  Model
                </th>
                <th scope="colgroup" colSpan={2} className="why-group">
                  2D-CNN
                </th>
                <th scope="colgroup" colSpan={2} className="why-group">
                  3D-CNN
                </th>
              </tr>
              <tr>
                <th scope="col" className="n">
                  lecture
                </th>
                <th scope="col" className="n">
                  engine
                </th>
                <th scope="col" className="n">
                  lecture
                </th>
                <th scope="col" className="n">
                  engine
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row: ModelRow) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td className="n why-quote">{row.lecture2d?.printed ?? '–'}</td>
                  <td className="n">
                    <EngineCell
                      params={row.engine2d}
                      printed={atLecture ? row.lecture2d?.printed : undefined}
                      precision={precision}
                    />
                  </td>
                  <td className="n why-quote">
                    {row.lecture3d?.printed ?? '–'}
                    {row.note3d ? <sup className="why-dagger">†</sup> : null}
                  </td>
                  <td className="n">
                    <EngineCell
                      params={row.engine3d}
                      printed={atLecture ? row.lecture3d?.printed : undefined}
                      precision={precision}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="why-side">
          <Fill index={0} label="the params-at-a-glance figure" block>
            <ParamsChart rows={rows} imagenet={imagenet} classes={deferred} />
          </Fill>
        </div>
      </div>
      <div className="source why-notes">
        <p>
          <strong>Lecture:</strong> video models for 101 classes (UCF-101); 2D = 16 stacked RGB
          frames (48 input channels); 3D = t × k × k kernels (Hara et al. 2018); BN γ/β counted. ✓ =
          the engine matches.
        </p>
        <p>
          <strong>ImageNet-1k</strong> (1000 classes, RGB) for comparison, torchvision (engine):{' '}
          {IMAGENET_SHOWN.map((id) => imagenet.find((r) => r.id === id)).map((r, i) =>
            r ? (
              <Fragment key={r.id}>
                {i > 0 ? ', ' : null}
                <span className="why-nowrap">
                  {`${r.name} ${millions(r.torchvision?.value)} M (${millions(r.engine)})`}
                </span>
              </Fragment>
            ) : null,
          )}
          .
        </p>
      </div>
      {vggNote ? (
        <details className="why-more">
          <summary>† Why the engine’s 3D VGG-16 differs from the lecture’s</summary>
          <p className="source" title={vggNote}>
            † Not reproduced: 3 × 3 × 3 kernels give {millions(vggEngine)} M; the lecture does not
            say what else its 3D VGG-16 ({vgg?.lecture3d?.printed} M) changes.
          </p>
        </details>
      ) : null}
    </div>
  );
}
