// UI labels of the scenario map, apart from the player's (labels.ts): the player draws the map only on its ending
// screen, which loads on use.

export const mapLabels = {
  mapHeading: 'Map of the scenario',
  mapDescription:
    'Scenes, checkpoints and endings as a diagram, top to bottom. Your path is drawn solid and numbered by decision; parts you have not explored are dashed; endings you have not found stay hidden.',
  mapLegend:
    'Boxes are scenes, named by their moment; six-sided boxes are checkpoints; rounded ends are endings. Your path is drawn thick and solid, each scene numbered by your decision; dashed lines and boxes are parts you have not explored yet. An ending shows its title once you have found it.',
  mapTextHeading: 'The map in words',
  mapScroll: 'Map of the scenario (scrolls sideways on a narrow screen)',
  mapScene: (moment: string) => `Scene: ${moment}`,
  mapCheckpoint: (label: string, question: string) => `Checkpoint “${label}”: ${question}`,
  mapEnding: (title: string, tone: string) => `Ending: ${title} (${tone})`,
  mapHiddenNode: 'Not found yet',
  mapHiddenTarget: 'an ending not found yet',
  mapCheckpointShort: (label: string) => `checkpoint “${label}”`,
  mapDecisions: (n: readonly number[]) => `your decision ${n.join(' and ')}`,
  notExplored: 'not explored yet',
  mapLeadsTo: (to: readonly string[]) => `Leads to: ${to.join('; ')}`,
  endingsFound: (found: number, total: number) => `${found} of ${total} endings found`,
  hiddenEnding: 'Hidden ending: not found yet',
  youAreHere: 'your ending',
  onYourPath: 'on your path',
} as const;
