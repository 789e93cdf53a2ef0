// Types the views of both islands (player and workshop console) share.

/** A learn-more link resolved at build time. */
export interface PlayerLink {
  url: string;
  title: string;
  type: string;
}

/** The scenario told from the other seat, with what that seat knew. */
export interface OtherSide {
  url: string;
  title: string;
  note: string;
}

/**
 * The story file of a scenario (/scenarios/<id>/text.json), which the player fetches when the learner starts to
 * play: every text by key (see storyTexts), the endings' learn-more links, and the other side of a pair.
 */
export interface StoryFile {
  texts: Record<string, string>;
  links: Record<string, PlayerLink[]>;
  otherSide: OtherSide | null;
}
