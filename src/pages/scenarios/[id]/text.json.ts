// The story file of one scenario: every text by key ("situation:the-ask:0" → HTML, "label:the-ask:1" → words), the
// endings' learn-more links and the other side of a pair. The player fetches it when the learner starts to play;
// the scenario page itself carries only the structure and the opening scene's texts.

import type { APIRoute } from 'astro';
import type { StoryFile } from '../../../islands/shared/types';
import { otherSideOf, scenarioPaths } from '../../../lib/kit-data';
import { endingLinks } from '../../../lib/refs';
import { href } from '../../../lib/url';
import { storyTexts, withHtmlProse } from '../../../scenarios';

export const getStaticPaths = scenarioPaths;

export const GET: APIRoute = async ({ props }) => {
  const entry = props.entry;
  const file: StoryFile = {
    texts: storyTexts(withHtmlProse(entry.data)),
    links: await endingLinks(entry),
    otherSide: (await otherSideOf(entry, (id) => href(`/scenarios/${id}/`))) ?? null,
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
