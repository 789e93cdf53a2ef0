export const chromePath: string;
export const chromeFlags: string[];
export const contentTypes: Record<string, string>;
