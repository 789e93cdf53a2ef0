import { scenarioLabels as L, type Meter, type Meters as MeterValues } from '../../scenarios';

interface Props {
  meters: readonly Meter[];
  values: MeterValues;
  /** Change caused by the last choice, per meter id. */
  deltas?: MeterValues | undefined;
  heading: string;
}

/** Visual meters with their value in words; the bar is decoration, the text carries the meaning. */
export function MeterBars({ meters, values, deltas, heading }: Props) {
  return (
    <section className="sp-meters" aria-label={heading}>
      <ul>
        {meters.map((m) => {
          const value = values[m.id] ?? m.start;
          const delta = deltas?.[m.id] ?? 0;
          const pct = ((value - m.min) / (m.max - m.min)) * 100;
          return (
            <li key={m.id}>
              <span className="sp-meter-label">{m.label}</span>
              <span className="sp-meter-bar" aria-hidden="true">
                <span style={{ width: `${pct}%` }} />
              </span>
              <span className="sp-meter-value">
                {L.meterValue(value, m.max)}
                {delta !== 0 && <span className={delta > 0 ? 'sp-delta up' : 'sp-delta down'}> ({L.sign(delta)})</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Per-meter difference between two meter readings. */
export function meterDeltas(before: MeterValues, after: MeterValues): MeterValues {
  return Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
}

/** "Label +1, now 7 of 10; …" for the meters that moved (or all when none moved). */
export function changesText(meters: readonly Meter[], before: MeterValues, after: MeterValues): string {
  const moved = meters.filter((m) => before[m.id] !== after[m.id]);
  if (moved.length === 0) return L.noMeterMoves;
  return moved
    .map((m) => L.meterChange(m.label, (after[m.id] ?? 0) - (before[m.id] ?? 0), after[m.id] ?? 0, m.max))
    .join('; ');
}
