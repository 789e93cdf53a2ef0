import type { PlayerLink } from './types';

/** "Learn more" links under an ending (player and workshop console alike); nothing when there are none. */
export function LearnMore({ heading, links }: { heading: string; links: readonly PlayerLink[] }) {
  if (links.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {links.map((l) => (
          <li key={l.url}>
            <a href={l.url}>{l.title}</a> <span className="tag">{l.type}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
