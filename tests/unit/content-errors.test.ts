import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildWithContent } from '../support/build-fixture';

const fixture = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/content-minimal', path), 'utf8');
const topic = fixture('topics/forecasts-not-promises.mdx');
const withBody = (body: string) => topic.replace('Fixture body.\n', `${body}\n`);

/** Warnings in the build log, minus the fixture's own: it has no scenarios, which two warnings say. */
const warnings = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.includes('[WARN]'))
    .filter((l) => !/scenarios\/" does not exist|collection "scenarios" does not exist or is empty/.test(l));

// Each build takes a few seconds: mistakes that can be told apart in one log share a build.
describe('an author mistake fails the build with file, field and expectation', () => {
  test('the minimal fixture builds cleanly, code blocks carry no inline style, and no warning is printed', () => {
    const build = buildWithContent(
      {
        'topics/forecasts-not-promises.mdx': withBody(
          'See [the PO](/roles/product-owner/).\n\n```js\nconst a = 1;\n```',
        ),
      },
      { read: ['topics/forecasts-not-promises/index.html'] },
    );
    expect(build.output).toContain('Complete!');
    expect(build.ok).toBe(true);
    expect(build.output).not.toContain('Shiki');
    expect(warnings(build.output)).toEqual([]);
    const html = build.built['topics/forecasts-not-promises/index.html'] ?? '';
    expect(html).toContain('<pre><code class="language-js">const a = 1;');
    expect(html).not.toMatch(/<pre[^>]*style=|<span[^>]*style=/);
  });

  test('schema and file mistakes in every collection are all reported in one build, each with file:line', () => {
    const broken = topic
      .replace('title: Forecasts, not promises\n', '')
      .replace('order: 1\n', 'order: 1.5\n')
      .replace('readingMinutes: 2', 'readingMinuts: 2')
      .replace('audiences: [leaders]', 'audiences: [leaders, managers]');
    const build = buildWithContent({
      'topics/forecasts-not-promises.mdx': broken,
      'paths/new-team-member.yaml': fixture('paths/new-team-member.yaml')
        .replace('ref: events/sprint-planning', 'ref: Sprint Planning')
        .replace('estimatedMinutes: 10', 'estimatedMinutes: 10\ncourse: PSM'),
      'glossary/empty.yaml': '',
      'glossary/Velocity.yaml': fixture('glossary/velocity.yaml'),
      'glossary/huge.yaml': `term: Huge\ndefinition: ${'Long words. '.repeat(30_000)}\n`,
      'glossary/alias.yaml': 'term: Alias\ndefinition: A fixture term with a misspelt field.\nalises: [x]\n',
      // The scenario and cast schemas are strict too: a misspelt field names the scene by its id.
      'scenarios/tiny.yaml': readFileSync(
        resolve(import.meta.dirname, '../fixtures/scenarios/valid/tiny.yaml'),
        'utf8',
      ).replace('    predict: What will the team say?', '    predcit: What will the team say?'),
      'cast/ines.yaml': `${fixture('cast/ines.yaml')}pressures: none\n`,
    });
    expect(build.ok).toBe(false);
    const out = build.output;
    const topicFile = 'content/topics/forecasts-not-promises.mdx';
    expect(out).toContain(`${topicFile} has 5 problems:`);
    expect(out).toContain(`${topicFile}:2: title is required`);
    expect(out).toContain(`${topicFile}:2: readingMinutes is required`);
    expect(out).toContain(`${topicFile}:3: order must be a whole number; got 1.5`);
    expect(out).toContain(`${topicFile}:6: "readingMinuts" is not a known field; did you mean "readingMinutes"?`);
    expect(out).toContain(
      `${topicFile}:5: audiences item 2: expected one of: product-owner, developers, scrum-master, leaders; got "managers"`,
    );
    const pathFile = 'content/paths/new-team-member.yaml';
    expect(out).toContain(`${pathFile}:6: course: expected CSPO or CSM; got "PSM"`);
    expect(out).toMatch(new RegExp(`${pathFile}:10: step 2 › ref: expected "collection/id" .*; got "Sprint Planning"`));
    expect(out).toContain('content/glossary/alias.yaml:3: "alises" is not a known field; did you mean "aliases"?');
    expect(out).toContain(
      'content/scenarios/tiny.yaml:17: scene "ask": "predcit" is not a known field; did you mean "predict"?',
    );
    expect(out).toContain('content/cast/ines.yaml:8: "pressures" is not a known field; did you mean "pressure"?');
    expect(out).toContain('content/glossary/empty.yaml has no fields: the file is empty.');
    expect(out).toMatch(/content\/glossary\/huge\.yaml is 3\d\d KB; a content file may be at most 256 KB/);
    expect(out).toMatch(
      /content\/glossary\/(Velocity|velocity)\.yaml and .*content\/glossary\/(velocity|Velocity)\.yaml both give the id "velocity"/,
    );
    // Nothing of Zod's or Astro's raw format leaks through.
    expect(out).not.toMatch(/\*\*|:0:0|Expected type|received `|Cannot read properties/);
  });

  test('markup the CSP would block in MDX fails the build, naming file and line', () => {
    const build = buildWithContent({
      'topics/forecasts-not-promises.mdx': withBody(
        [
          'Fixture body.',
          '',
          '<script>alert(1)</script>',
          '',
          'A [trap](javascript:alert(1)) and <a href=" JavaScript:alert(2)">another</a>.',
          '',
          '<p style="color: red">Red</p>',
          '',
          '<button onClick="alert(3)">Press</button>',
        ].join('\n'),
      ),
    });
    expect(build.ok).toBe(false);
    const file = 'content/topics/forecasts-not-promises.mdx';
    expect(build.output).toContain(`${file} has content the site would block:`);
    expect(build.output).toContain(`${file}:17: <script> is not allowed in content`);
    expect(build.output).toContain(`${file}:19: The link "javascript:alert(1)" runs script`);
    expect(build.output).toContain(`${file}:19: <a href> " JavaScript:alert(2)" runs script`);
    expect(build.output).toContain(`${file}:21: <p> has a style attribute`);
    expect(build.output).toContain(`${file}:23: <button> has an event handler (onClick)`);
  });

  test('links in MDX to pages that do not exist fail the build under a base path too', () => {
    const build = buildWithContent(
      {
        'topics/forecasts-not-promises.mdx': withBody(
          [
            'Good: [PO](/roles/product-owner/), [glossary](/glossary/velocity/#top), [search](/search/?q=po).',
            '',
            'Bad: [gone](/topics/no-such-page/), [no slash](/events/sprint-planning), [with base](/scrum-trust-lab/roles/product-owner/).',
          ].join('\n'),
        ),
      },
      { env: { BASE: '/scrum-trust-lab/' } },
    );
    expect(build.ok).toBe(false);
    const file = 'content/topics/forecasts-not-promises.mdx';
    expect(build.output).toContain('3 links in MDX lead nowhere:');
    expect(build.output).toContain(`${file}:17: the link "/topics/no-such-page/" leads nowhere.`);
    expect(build.output).toContain(
      `${file}:17: the link "/events/sprint-planning" leads nowhere. Page links end with a slash: "/events/sprint-planning/".`,
    );
    expect(build.output).toContain(`${file}:17: the link "/scrum-trust-lab/roles/product-owner/" leads nowhere.`);
    expect(build.output).not.toMatch(/"\/roles\/product-owner\/"|"\/glossary\/velocity\/#top"|"\/search\/\?q=po"/);
  });

  test('a related page that does not exist is named with its field and index', () => {
    const build = buildWithContent({
      'topics/forecasts-not-promises.mdx': topic.replace(
        'related: [roles/product-owner]',
        'related: [roles/product-owner, roles/po]',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /forecasts-not-promises\.mdx: "related\[1\]" points to "roles\/po", which does not exist/,
    );
  });

  test('a glossary term used inline that does not exist is named', () => {
    const build = buildWithContent({
      'topics/forecasts-not-promises.mdx': topic.replace(
        'Fixture body.',
        'Fixture body with <Term id="no-such-term">x</Term>.',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('<Term id="no-such-term"> names a glossary term that does not exist');
    expect(build.output).toContain('/topics/forecasts-not-promises/');
  });
});
