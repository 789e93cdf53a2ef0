import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildWithContent } from '../support/build-fixture';

const fixture = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/content-minimal', path), 'utf8');
const topic = fixture('topics/forecasts-not-promises.mdx');

describe('an author mistake fails the build with file, field and expectation', () => {
  test('the minimal fixture content builds cleanly (so the failures below are caused by the mistakes)', () => {
    const build = buildWithContent({});
    expect(build.output).toContain('Complete!');
    expect(build.ok).toBe(true);
  });

  test('missing title, a wrong audience and a non-number reading time are each named', () => {
    const broken = topic
      .replace('title: Forecasts, not promises\n', '')
      .replace('audiences: [leaders]', 'audiences: [leaders, managers]')
      .replace('readingMinutes: 2', 'readingMinutes: two');
    const build = buildWithContent({ 'topics/forecasts-not-promises.mdx': broken });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('topics/forecasts-not-promises.mdx');
    expect(build.output).toMatch(/title\W.*(Required|expected)/i);
    expect(build.output).toContain('audiences.1: expected one of: product-owner, developers, scrum-master, leaders');
    expect(build.output).toMatch(/readingMinutes\W.*number/i);
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

  test('a badly shaped reference is explained', () => {
    const build = buildWithContent({
      'paths/new-team-member.yaml': fixture('paths/new-team-member.yaml').replace(
        'ref: events/sprint-planning',
        'ref: Sprint Planning',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('new-team-member');
    expect(build.output).toMatch(/steps\.1\.ref.*expected "collection\/id"/);
  });
});
