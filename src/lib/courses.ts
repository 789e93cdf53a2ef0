// Build-time view of course coverage: for each CSM and CSPO learning-objective category, the pages, knowledge checks
// and scenarios that serve it. The category names live in content/courses; pages and checks say which they serve.
import { getCollection } from 'astro:content';
import { type CourseCategory, courseCategories } from '../schemas/common';
import type { CourseFile } from '../schemas/course';
import { byOrder } from './neighbours';
import { type ResolvedRef, resolveRefs } from './refs';
import { href } from './url';

export interface CategoryCoverage {
  id: CourseCategory;
  title: string;
  summary: string;
  pages: { title: string; url: string; type: string }[];
  checks: { title: string; url: string; questions: number }[];
  scenarios: ResolvedRef[];
}

export interface CourseCoverage {
  course: CourseFile['course'];
  title: string;
  description: string;
  categories: CategoryCoverage[];
}

/** Every category's name, for tags on path stops. */
export async function categoryTitles(): Promise<Map<CourseCategory, { course: string; title: string }>> {
  const titles = new Map<CourseCategory, { course: string; title: string }>();
  for (const file of await getCollection('courses'))
    for (const c of file.data.categories) titles.set(c.id, { course: file.data.course, title: c.title });
  return titles;
}

/** Coverage of both courses; fails the build when a category is named twice or not at all in content/courses. */
export async function courseCoverage(): Promise<CourseCoverage[]> {
  const files = await getCollection('courses');
  const seen = files.flatMap((f) => f.data.categories.map((c) => c.id));
  // Every category must be described once (a content tree with no course files at all, a test fixture, lists none).
  for (const id of files.length ? courseCategories : []) {
    const n = seen.filter((s) => s === id).length;
    if (n !== 1)
      throw new Error(
        `content/courses: the category "${id}" must be described in exactly one course file (found ${n})`,
      );
  }
  const checks = await getCollection('checks');
  const teaching = (
    await Promise.all(
      (['roles', 'events', 'topics'] as const).map(async (c) =>
        (await getCollection(c)).sort(byOrder).map((e) => ({ ref: `${c}/${e.id}`, data: e.data, collection: c })),
      ),
    )
  ).flat();
  const typeOf = { roles: 'Accountability', events: 'Event', topics: 'Topic' } as const;
  return Promise.all(
    files
      .sort((a, b) => a.data.course.localeCompare(b.data.course))
      .map(async (file) => ({
        course: file.data.course,
        title: file.data.title,
        description: file.data.description,
        categories: await Promise.all(
          file.data.categories.map(async (c, i) => ({
            id: c.id,
            title: c.title,
            summary: c.summary,
            pages: teaching
              .filter((p) => p.data.categories.includes(c.id))
              .map((p) => ({ title: p.data.title, url: href(`/${p.ref}/`), type: typeOf[p.collection] })),
            checks: teaching.flatMap((p) => {
              const check = checks.find((k) => k.id === p.ref);
              const serves = check?.data.categories ?? p.data.categories;
              return check && serves.includes(c.id)
                ? [{ title: p.data.title, url: `${href(`/${p.ref}/`)}#check`, questions: check.data.questions.length }]
                : [];
            }),
            scenarios: await resolveRefs(
              c.scenarios.map((s) => `scenarios/${s}`),
              file.filePath ?? `content/courses/${file.id}.yaml`,
              `categories[${i}].scenarios`,
            ),
          })),
        ),
      })),
  );
}
