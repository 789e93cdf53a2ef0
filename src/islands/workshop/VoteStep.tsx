import type { RefObject } from 'react';
import { letter, workshopUi as W } from '../../lib/workshop-labels';
import { conditionText, scenarioLabels as L, type Scenario, type Scene } from '../../scenarios';
import { leaders, majority, tally, votesFor } from '../../stores/workshop-session';
import { Html } from '../shared/Html';
import { type Countdown, Timer } from './Timer';

interface Props {
  scenario: Scenario;
  scene: Scene;
  /** The scene's heading, and the situation variant for the room's route (from the play module). */
  moment: string;
  situation: string;
  /** The facilitator's discussion prompt for this scene. */
  prompt?: string | undefined;
  decision: number;
  votes: readonly number[];
  isOpen: (index: number) => boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Full screen: the scene scrolls on its own, so it takes keyboard focus (arrow keys scroll it). */
  stage: boolean;
  /** The live tallies stay hidden until the reveal. */
  hidden: boolean;
  /** The vote is closed (the countdown ran out). */
  closed: boolean;
  countdown: Countdown;
  onVote: (option: number, delta: 1 | -1) => void;
  onDecide: (option: number) => void;
  onClear: () => void;
  onHide: (hide: boolean) => void;
  onReopen: () => void;
}

/** One scene on the wall: the situation, the question for the room, the lettered options and the live vote. */
export function VoteStep({
  scenario,
  scene,
  moment,
  situation,
  prompt,
  decision,
  votes,
  isOpen,
  headingRef,
  stage,
  hidden,
  closed,
  countdown,
  onVote,
  onDecide,
  onClear,
  onHide,
  onReopen,
}: Props) {
  const counts = votesFor(votes, scene.choices.length);
  const { shares, total } = tally(counts);
  const winner = majority(counts, isOpen);
  const tied = leaders(counts, isOpen);
  const hint = hidden
    ? W.hiddenGoHint
    : winner !== null
      ? W.goWithRoomHint(letter(winner))
      : tied.length > 1
        ? W.tieHint(
            tied
              .map(letter)
              .join(', ')
              .replace(/, ([^,]*)$/, ' and $1'),
          )
        : W.noVotesHint;
  return (
    <section className="ws-step ws-vote" aria-labelledby="ws-scene-h">
      <div className="ws-scene" {...(stage ? { tabIndex: 0, role: 'group', 'aria-labelledby': 'ws-scene-h' } : {})}>
        <p className="ws-kicker">{W.decision(decision)}</p>
        <h2 id="ws-scene-h" ref={headingRef} tabIndex={-1}>
          {moment}
        </h2>
        <Html className="ws-situation" html={situation} />
        {scene.predict && (
          <aside className="ws-ask" aria-labelledby="ws-ask-h">
            <h3 id="ws-ask-h">{W.askTheRoom}</h3>
            <p>{scene.predict}</p>
          </aside>
        )}
        {prompt && (
          <aside className="ws-ask ws-prompt" aria-labelledby="ws-prompt-h">
            <h3 id="ws-prompt-h">{L.facilitationPrompt}</h3>
            <p>{prompt}</p>
          </aside>
        )}
      </div>
      <div className="ws-room">
        <h3 id="ws-vote-h" tabIndex={-1}>
          {W.voteHeading}
        </h3>
        <Timer countdown={countdown} />
        <div className="ws-vote-opts">
          <label>
            <input type="checkbox" checked={hidden} onChange={(e) => onHide(e.currentTarget.checked)} /> {W.hideTallies}
          </label>
        </div>
        {closed && (
          <p className="ws-closed">
            {W.voteClosed}{' '}
            <button type="button" className="ws-clear" onClick={onReopen}>
              {W.reopenVote}
            </button>
          </p>
        )}
        <p className="ws-shortcuts">{W.shortcutsShort}</p>
        <ol className="ws-options">
          {scene.choices.map((choice, index) => {
            const l = letter(index);
            const open = isOpen(index);
            const share = shares[index];
            const lockId = `ws-lock-${index}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: choices have no ids; the index is what the machine's events use
              <li key={`${scene.id}-${index}`} className={open ? 'ws-option' : 'ws-option locked'}>
                <span className="ws-letter" aria-hidden="true">
                  {l}
                </span>
                <div className="ws-option-body">
                  <p className="ws-option-label">
                    <span className="visually-hidden">{l}: </span>
                    {choice.label}
                  </p>
                  {!open && choice.when && (
                    <p id={lockId} className="ws-locked">
                      {W.lockedReason(conditionText(choice.when, scenario.meters, scenario.facts))}
                    </p>
                  )}
                  {open && share && hidden && <p className="ws-split-text ws-hidden">{W.talliesHidden}</p>}
                  {open && share && !hidden && (
                    <div className="ws-count-row">
                      <span className="ws-bar" aria-hidden="true">
                        <span style={{ width: `${share.percent}%` }} />
                      </span>
                      <span className="ws-split-text">{W.splitLine(l, share.count, share.percent)}</span>
                    </div>
                  )}
                </div>
                {open && (
                  <div className="ws-pm">
                    <button
                      type="button"
                      className="ws-pm-btn"
                      aria-label={W.removeVote(l)}
                      disabled={closed || (counts[index] ?? 0) === 0}
                      onClick={() => onVote(index, -1)}
                    >
                      −
                    </button>
                    <button
                      type="button"
                      className="ws-pm-btn"
                      aria-label={W.addVote(l)}
                      disabled={closed}
                      onClick={() => onVote(index, 1)}
                    >
                      +
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        <div className="ws-tally">
          <p className="ws-total">
            <span>{total ? (hidden ? W.talliesHiddenTotal(total) : W.totalVotes(total)) : W.noVotesYet}</span>
            {total > 0 && !closed && (
              <button type="button" className="ws-clear" onClick={onClear}>
                {W.clearVotes}
              </button>
            )}
          </p>
          <div className="ws-decide">
            <button
              type="button"
              className="button ws-go"
              disabled={winner === null}
              aria-describedby="ws-go-hint"
              onClick={() => winner !== null && onDecide(winner)}
            >
              {W.goWithRoom}
            </button>
            <p id="ws-go-hint" className="ws-hint">
              {hint}
            </p>
          </div>
        </div>
        <h3 className="ws-pick-h">{W.pickHeading}</h3>
        <ul className="ws-picks">
          {scene.choices.map((choice, index) =>
            isOpen(index) ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={`${scene.id}-pick-${index}`}>
                <button type="button" className="button secondary" title={choice.label} onClick={() => onDecide(index)}>
                  {W.pick(letter(index))}
                </button>
              </li>
            ) : null,
          )}
        </ul>
      </div>
    </section>
  );
}
