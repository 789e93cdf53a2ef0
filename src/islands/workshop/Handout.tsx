import { workshopUi as W } from '../../lib/workshop-labels';
import { scenarioLabels as L, type PlayState, type Scenario } from '../../scenarios';
import type { RoomDecision } from '../../stores/workshop-session';
import { Html } from '../shared/Html';
import type { PlayerLink } from '../shared/types';
import { RoomPath } from './RoomPath';

interface Props {
  scenario: Scenario;
  ending: string | null;
  decisions: readonly RoomDecision[];
  view: PlayState;
  links: readonly PlayerLink[];
  origin: string;
}

/** The debrief handout: hidden on screen, the only thing printed from the console (see workshop.css @media print). */
export function Handout({ scenario, ending, decisions, view, links, origin }: Props) {
  const e = ending ? scenario.endings.find((x) => x.id === ending) : undefined;
  return (
    <article className="ws-handout">
      <header>
        <p className="ws-kicker">{W.handoutFooter}</p>
        <h2>{scenario.title}</h2>
        <p>{scenario.summary}</p>
      </header>
      <h3>{W.handoutPath}</h3>
      <RoomPath scenario={scenario} decisions={decisions} view={view} />
      <h3>{W.handoutEnding}</h3>
      {e ? (
        <>
          <p>
            <strong>{e.title}</strong> ({L.tone[e.tone].toLowerCase()})
          </p>
          <Html className="ws-outcome" html={view.ending?.outcome ?? ''} />
          <h3>{W.debrief}</h3>
          <ol className="ws-write">
            {e.debrief.map((q) => (
              <li key={q}>
                <p>{q}</p>
                <div className="ws-line" />
                <div className="ws-line" />
                <div className="ws-line" />
              </li>
            ))}
          </ol>
          {links.length > 0 && (
            <>
              <h3>{W.learnMore}</h3>
              <ul>
                {links.map((l) => (
                  <li key={l.url}>
                    {l.title} ({l.type}): {origin}
                    {l.url}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{W.handoutNoEnding}</p>
      )}
      <h3>{W.handoutNotes}</h3>
      <div className="ws-line" />
      <div className="ws-line" />
      <h3>{W.outcomes2}</h3>
      <ul>
        {scenario.outcomes.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
    </article>
  );
}
