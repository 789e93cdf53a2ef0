// Every prose text of one scenario by key ("situation:the-ask:0" → HTML): what the player fetches when the learner
// starts to play (the scenario page itself carries only the opening scene's text).

import type { APIRoute } from 'astro';
import { scenarioPaths } from '../../../lib/kit-data';
import { proseOf, withHtmlProse } from '../../../scenarios';

export const getStaticPaths = scenarioPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(proseOf(withHtmlProse(props.entry.data))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
