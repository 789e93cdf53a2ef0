import { describe, expect, test } from 'vitest';
import {
  conditionText,
  effectsText,
  layoutMap,
  pathTaken,
  renderMarkdown,
  replayChoices,
  withHtmlProse,
} from '../../../src/scenarios';
import { loadScenario } from './load';

const scenario = loadScenario('tests/fixtures/scenarios/valid/tiny.yaml');

describe('scenario prose and words', () => {
  test('renderMarkdown handles paragraphs, lists and emphasis, and escapes markup', () => {
    expect(renderMarkdown('One *two*\nthree **four**.\n\n- a\n- b')).toBe(
      '<p>One <em>two</em> three <strong>four</strong>.</p><ul><li>a</li><li>b</li></ul>',
    );
    // A message someone received, quoted ("> " lines), as the scenarios show texts and chat messages.
    expect(renderMarkdown('> **Tomás:** Can you\n> make it?\n>\n> Thanks.\n\nYou reply.')).toBe(
      '<blockquote><p><strong>Tomás:</strong> Can you make it?</p><p>Thanks.</p></blockquote><p>You reply.</p>',
    );
    expect(renderMarkdown('<script>alert(1)</script> & "x"')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>',
    );
  });

  test('withHtmlProse renders situations, feedback and outcomes but keeps the structure', () => {
    const html = withHtmlProse(scenario);
    expect(html.scenes[0]?.situation).toBe('<p>Can you take one more item?</p>');
    expect(html.scenes[0]?.choices[0]?.next).toBe(scenario.scenes[0]?.choices[0]?.next);
    expect(html.endings[0]?.outcome).toBe('<p>It went well.</p>');
  });

  test('conditions and effects read as plain words', () => {
    expect(
      conditionText(
        [
          { meter: 'po-trust-in-team', atLeast: 7 },
          { meter: 'team-trust-in-po', atMost: 3 },
        ],
        scenario.meters,
      ),
    ).toBe('PO trust in the team is at least 7 and Team trust in the PO is at most 3');
    expect(effectsText({ 'po-trust-in-team': 1, 'team-trust-in-po': -2 }, scenario.meters)).toBe(
      'Team trust in the PO -2, PO trust in the team +1',
    );
    expect(effectsText({}, scenario.meters)).toBe('No meter moves');
  });
});

describe('scenario map', () => {
  test('lays out every node once, endings on the last row, start on the first', () => {
    const map = layoutMap(scenario);
    expect(map.nodes.map((n) => n.id).sort()).toEqual(['ask', 'ask-again', 'bad', 'good', 'later', 'mixed', 'weigh']);
    const y = (id: string) => map.nodes.find((n) => n.id === id)?.y ?? -1;
    expect(y('ask')).toBeLessThan(y('later'));
    expect(new Set(['good', 'mixed', 'bad'].map(y)).size).toBe(1);
    expect(y('good')).toBe(Math.max(...map.nodes.map((n) => n.y)));
    expect(map.edges).toContainEqual(expect.objectContaining({ from: 'weigh', to: 'mixed' }));
    for (const n of map.nodes) expect(n.x).toBeLessThanOrEqual(map.width);
  });

  test('the path taken includes the checkpoint hop chosen by the meters', () => {
    const { snapshot } = replayChoices(scenario, [1, 1]);
    expect(pathTaken(scenario, snapshot.context.history)).toEqual({
      nodes: ['ask', 'later', 'weigh', 'mixed'],
      edges: [
        { from: 'ask', to: 'later' },
        { from: 'later', to: 'weigh' },
        { from: 'weigh', to: 'mixed' },
      ],
    });
  });
});
