// Types the views of both islands (player and workshop console) share.

/** A learn-more link resolved at build time. */
export interface PlayerLink {
  url: string;
  title: string;
  type: string;
}
