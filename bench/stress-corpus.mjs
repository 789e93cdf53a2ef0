// Generates a stress corpus into a temporary content folder: the real content plus N topic pages and M scenarios
// written to the real schemas' rules (src/schemas/topic.ts, src/schemas/scenario.ts), so the real build accepts them.
// Nothing here is ever committed: the folder lives in the OS temp dir and is removed after the bench.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = (
  'trust forecast sprint goal backlog team developers product owner review planning increment done quality risk ' +
  'stakeholder value outcome transparency inspection adaptation commitment capacity estimate scope deadline ' +
  'conversation evidence feedback retrospective improvement habit safety conflict decision priority customer ' +
  'release learning experiment metric signal pressure promise surprise repair honest early visible shared'
).split(' ');

/** A small deterministic PRNG (mulberry32) so every run generates the same corpus. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentenceMaker(rand) {
  const pick = () => words[Math.floor(rand() * words.length)];
  return (n = 12) => {
    const text = Array.from({ length: n }, pick).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
}

const quote = (s) => JSON.stringify(s);

function topicPage(i, count, scenarioCount, glossaryId, sentence) {
  const related = [1, 2, 3].map((d) => `topics/stress-topic-${(i + d) % count}`);
  const paragraphs = Array.from({ length: 8 }, () => Array.from({ length: 5 }, () => sentence(14)).join(' '));
  const body = [
    `## ${sentence(4).slice(0, -1)}`,
    paragraphs[0],
    paragraphs[1],
    `See [the next page](/topics/stress-topic-${(i + 1) % count}/) and <Term id="${glossaryId}">${glossaryId}</Term>.`,
    `## ${sentence(5).slice(0, -1)}`,
    paragraphs[2],
    paragraphs[3],
    `- ${sentence(8)}\n- ${sentence(9)}\n- ${sentence(7)}`,
    `## ${sentence(3).slice(0, -1)}`,
    ...paragraphs.slice(4),
  ].join('\n\n');
  return `---
title: ${quote(`Stress topic ${i}: ${sentence(4).slice(0, -1)}`)}
description: ${quote(sentence(16).slice(0, 190))}
order: ${1000 + i}
theme: ${quote(`Stress theme ${i % 12}`)}
audiences: [product-owner, developers]
courses: [CSPO]
readingMinutes: 4
outcomes:
  - ${quote(sentence(10))}
  - ${quote(sentence(11))}
related: [${related.join(', ')}]
scenarios: [stress-scenario-${i % scenarioCount}]
reflection:
  - ${quote(sentence(9).replace(/\.$/, '?'))}
keywords: [stress, ${words[i % words.length]}]
---

${body}
`;
}

function scenarioFile(i, topicCount, sentence) {
  const text = (n) => quote(Array.from({ length: n }, () => sentence(13)).join(' '));
  const choice = (label, effect, next) =>
    `      - label: ${quote(label)}\n        effects: { team-trust-in-po: ${effect}, po-trust-in-team: ${effect} }\n` +
    `        feedback: ${text(3)}\n        next: ${next}`;
  const scene = (id, choices) =>
    `  - id: ${id}\n    speaker: ${quote('Sam, Product Owner')}\n    situation: ${text(5)}\n` +
    `    predict: ${quote(sentence(9).replace(/\.$/, '?'))}\n    choices:\n${choices.join('\n')}`;
  const ending = (id, tone) =>
    `  - id: ${id}\n    title: ${quote(`Ending ${id}`)}\n    tone: ${tone}\n    outcome: ${text(4)}\n` +
    `    debrief:\n      - ${quote(sentence(9).replace(/\.$/, '?'))}\n      - ${quote(sentence(10).replace(/\.$/, '?'))}\n` +
    `    learnMore: [topics/stress-topic-${i % topicCount}]`;
  // start → (better | worse) → checkpoint → good / mixed / bad: every ending is reachable, meters stay in bounds.
  return `title: ${quote(`Stress scenario ${i}`)}
summary: ${quote(`${sentence(12)} You play a Developer.`)}
learnerRole: a Developer
touches: [topics/stress-topic-${i % topicCount}]
estimatedMinutes: 8
outcomes:
  - ${quote(sentence(10))}
meters:
  - id: team-trust-in-po
    label: The Developers' trust in the Product Owner
    start: 5
  - id: po-trust-in-team
    label: The Product Owner's trust in the Developers
    start: 5
start: opening
scenes:
${scene('opening', [choice('Share the forecast and the risk early.', 1, 'better'), choice('Say yes and hope for the best.', -1, 'worse')])}
${scene('better', [choice('Ask what the customer really needs.', 1, 'weigh'), choice('Defend the plan without listening.', -1, 'weigh')])}
${scene('worse', [choice('Raise the problem at the Daily Scrum.', 1, 'weigh'), choice('Keep quiet until the review.', 0, 'weigh')])}
checkpoints:
  - id: weigh
    question: ${quote('Has trust grown on both sides?')}
    routes:
      - when: { meter: team-trust-in-po, atLeast: 6 }
        next: good
      - when: { meter: team-trust-in-po, atMost: 4 }
        next: bad
    otherwise: mixed
endings:
${ending('good', 'good')}
${ending('mixed', 'mixed')}
${ending('bad', 'bad')}
`;
}

/**
 * Writes `<dir>/content`: a copy of `realContent` plus `topics` generated topic pages and `scenarios` generated
 * scenarios. Returns the content folder and the generated page paths.
 */
export function writeStressCorpus(dir, realContent, { topics = 1000, scenarios = 200 } = {}) {
  const content = join(dir, 'content');
  cpSync(realContent, content, { recursive: true });
  const sentence = sentenceMaker(random(42));
  const glossaryDir = join(content, 'glossary');
  const glossary = existsSync(glossaryDir) ? readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml')) : [];
  const glossaryId = (glossary[0] ?? 'velocity.yaml').replace(/\.yaml$/, '');
  mkdirSync(join(content, 'topics'), { recursive: true });
  mkdirSync(join(content, 'scenarios'), { recursive: true });
  for (let i = 0; i < topics; i++) {
    writeFileSync(
      join(content, 'topics', `stress-topic-${i}.mdx`),
      topicPage(i, topics, scenarios, glossaryId, sentence),
    );
  }
  for (let i = 0; i < scenarios; i++) {
    writeFileSync(join(content, 'scenarios', `stress-scenario-${i}.yaml`), scenarioFile(i, topics, sentence));
  }
  return {
    content,
    topicPaths: Array.from({ length: topics }, (_, i) => `/topics/stress-topic-${i}/`),
    scenarioPaths: Array.from({ length: scenarios }, (_, i) => `/scenarios/stress-scenario-${i}/`),
  };
}
