import { workshopUi as W } from '../../lib/workshop-labels';
import type { Recap as RecapData } from '../../lib/workshop-recap';

/** The recap as printed (hidden on screen; workshop.css prints it when the page is marked `data-print="recap"`). */
export function Recap({ recap }: { recap: RecapData }) {
  const split = recap.sides.length > 1;
  return (
    <article className="ws-recap">
      <header>
        <p className="ws-kicker">{W.recapKicker}</p>
        <h2>{recap.title}</h2>
        <p>{W.recapDate(recap.date)}</p>
      </header>
      <div className={split ? 'ws-recap-sides' : undefined}>
        {recap.sides.map((side) => (
          <section key={side.title}>
            <h3>{split ? `${side.title} (${side.role})` : W.recapPath}</h3>
            <ol>
              {side.steps.map((s) => (
                <li key={s.n}>
                  <strong>{s.moment}:</strong> {W.roomChose(s.letter, s.label)}{' '}
                  <span className="ws-recap-split">({W.recapSplit(s.how, s.split)})</span>
                </li>
              ))}
            </ol>
            <p>
              <strong>{W.recapEnding}:</strong> {side.ending ?? W.recapNoEnding}
            </p>
            {side.blind && (
              <p>
                <strong>{W.splitCouldNotSee}:</strong> {side.blind}
              </p>
            )}
          </section>
        ))}
      </div>
      <div className="ws-recap-notes">
        <section>
          <h3>{W.recapAgreements}</h3>
          {recap.agreements.length ? (
            <ul>
              {recap.agreements.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines can repeat; their order is their identity
                <li key={i}>{a}</li>
              ))}
            </ul>
          ) : (
            <p>{W.recapNone}</p>
          )}
        </section>
        <section>
          <h3>{W.recapActions}</h3>
          {recap.actions.length ? (
            <ul>
              {recap.actions.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={i}>{a}</li>
              ))}
            </ul>
          ) : (
            <p>{W.recapNone}</p>
          )}
        </section>
      </div>
    </article>
  );
}
