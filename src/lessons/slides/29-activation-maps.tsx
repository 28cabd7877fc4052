import { EXTENT } from '../se/activation-net';
import { MapCanvas } from '../se/map-canvas';
import { signed } from '../se/signed';
import {
  NETWORK_DEPTH,
  NETWORK_WIDTH,
  useActivationMaps,
  type MapImage,
} from '../se/use-activation-maps';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Reserve } from './24-reserve';
import './29-activation-maps.css';

const LAYERS = [
  '2',
  ...Array.from({ length: NETWORK_DEPTH - 1 }, () => String(NETWORK_WIDTH)),
  '1',
].join(' → ');

// The lede ends in the seed, the one number that changes (it moves nothing after it).
const LEDE = `One random network, ${LAYERS}, evaluated at every point (x, y) of the square; only the activation differs. Colour = the output. Network `;

// The swish caption ends in β, the one number that changes; its longest wording is β = 0.1.
const swishCaption = (beta: number) => `: smooth, gradual transitions (β = ${beta})`;
const LONGEST_SWISH = [{ bold: 'Swish' }, swishCaption(0.1)];

function range(image: MapImage): string {
  return `${signed(image.min, 2)} to ${signed(image.max, 2)}`;
}

// Slide 29: one seeded random 6-layer network on (x, y), drawn with ReLU and with swish.
export default function Panel({ values }: SlideProps) {
  const seed = Number(values.seed);
  const beta = Number(values.beta);
  const { relu, swish, final } = useActivationMaps(seed, beta);
  const where = `x and y from −${EXTENT} to ${EXTENT}`;
  return (
    <div className="amap">
      <Reserve className="amap-lede" longest={`${LEDE}seed\u00a0999.`}>
        {LEDE}
        <span className="num">{`seed\u00a0${seed}.`}</span>
      </Reserve>
      <div className="amap-pair">
        <Fill index={0} label="the ReLU map" block>
          <figure className="amap-figure">
            <MapCanvas
              image={relu}
              label={`Output of the seed ${seed} network with ReLU, ${where}: flat pieces meeting along straight, sharp edges that radiate like a star. Output ${range(relu)}.`}
            />
            <figcaption>
              <strong>ReLU</strong>: sharp edges, star-shaped regions
            </figcaption>
          </figure>
        </Fill>
        <Fill index={1} label="the swish map" block>
          <figure className="amap-figure">
            <MapCanvas
              image={swish}
              label={`Output of the same network with swish, β = ${beta}, ${where}: smooth, gradual transitions. Output ${range(swish)}.`}
            />
            <figcaption>
              <Reserve as="span" longest={LONGEST_SWISH}>
                <strong>Swish</strong>
                {swishCaption(beta)}
              </Reserve>
            </figcaption>
          </figure>
        </Fill>
      </div>
      <div className="amap-legend" aria-hidden="true">
        <span>low</span>
        <span className="amap-ramp" />
        <span>high output (each map scaled to its own range)</span>
        <span className="amap-status" data-busy={final ? undefined : 'true'}>
          refining…
        </span>
      </div>
      <p className="amap-note">
        A smooth output means a smooth loss surface: optimizers follow it more easily and get stuck
        less. Raise β and swish turns into ReLU, edges and all.
      </p>
    </div>
  );
}
