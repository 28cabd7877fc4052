import { useId, useState } from 'react';
import { useLabStore } from './lab-store';
import { checkDevice, DEVICE_PRESETS, PRECISION_IDS, type LabPrecision } from './roofline';

const PRECISION_LABELS: Readonly<Record<LabPrecision, string>> = {
  fp32: 'fp32 (4 bytes)',
  fp16: 'fp16 (2 bytes)',
  int8: 'int8 (1 byte)',
};

/** A positive number field that keeps what is typed and says what is wrong. */
function NumberField({
  label,
  unit,
  value,
  onValue,
}: {
  label: string;
  unit: string;
  value: number;
  onValue: (n: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="lab-field" htmlFor={id} data-invalid={error ? 'true' : undefined}>
      <span>
        {label} ({unit})
      </span>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={draft ?? String(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n) && n > 0 && n <= 1e7) {
            setError(null);
            onValue(n);
          } else {
            setError(`${label} must be a number above 0 (${unit}).`);
          }
        }}
        onBlur={() => error === null && setDraft(null)}
      />
      {error ? (
        <span id={`${id}-e`} className="lab-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}

// The roofline's inputs: number format, BN/activation fusion, and the device's peak compute and bandwidth.
export function DeviceControls() {
  const id = useId();
  const device = useLabStore((s) => s.device);
  const precision = useLabStore((s) => s.precision);
  const fused = useLabStore((s) => s.fused);
  const { setDevice, setPrecision, setFused } = useLabStore.getState();
  const preset = DEVICE_PRESETS.find((p) => p.id === device.preset);
  const problem = checkDevice(device);
  return (
    <div className="lab-device">
      <label className="lab-field" htmlFor={`${id}-preset`}>
        <span>Device</span>
        <select
          id={`${id}-preset`}
          value={device.preset ?? 'custom'}
          onChange={(e) => {
            const p = DEVICE_PRESETS.find((d) => d.id === e.target.value);
            if (p)
              setDevice({ preset: p.id, peakGmacs: p.peakGmacs, bandwidthGBs: p.bandwidthGBs });
          }}
        >
          {DEVICE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          {device.preset === null ? <option value="custom">Your device</option> : null}
        </select>
      </label>
      <NumberField
        label="Peak compute"
        unit="GMAC/s"
        value={device.peakGmacs}
        onValue={(n) => setDevice({ ...device, preset: null, peakGmacs: n })}
      />
      <NumberField
        label="Memory bandwidth"
        unit="GB/s"
        value={device.bandwidthGBs}
        onValue={(n) => setDevice({ ...device, preset: null, bandwidthGBs: n })}
      />
      <fieldset className="lab-fieldset">
        <legend>Number format</legend>
        <div className="param-options">
          {PRECISION_IDS.map((p) => (
            <label key={p} className="param-option">
              <input
                type="radio"
                name={`${id}-precision`}
                checked={precision === p}
                onChange={() => setPrecision(p)}
              />
              <span>{PRECISION_LABELS[p]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="lab-check">
        <input type="checkbox" checked={fused} onChange={(e) => setFused(e.target.checked)} />
        <span>BN and activations fused into the layer before (as inference engines do)</span>
      </label>
      <p className="lab-rule">
        {preset ? `${preset.label}: ${preset.note} ` : 'Your own figures. '}
        Round, illustrative numbers for teaching, not measurements. GFLOP/s is twice GMAC/s.
      </p>
      {problem ? <p className="param-error">{problem}</p> : null}
    </div>
  );
}
