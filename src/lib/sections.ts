import { getEntry, render } from 'astro:content';

/** Loads the intro copy for a section (content/sections/<id>.mdx), failing the build if it is missing. */
export async function loadSection(id: string) {
  const entry = await getEntry('sections', id);
  if (!entry) throw new Error(`content/sections/${id}.mdx is missing: every section page needs its intro file.`);
  const { Content } = await render(entry);
  return { data: entry.data, Content };
}
