/** Indexes 0..n-1 in a random order that differs from `avoid` (the previous attempt's order) whenever n > 1. */
export function shuffledOrder(n: number, avoid: readonly number[] = [], random: () => number = Math.random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let attempt = 0; attempt < 20; attempt++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    if (n < 2 || order.some((v, i) => v !== avoid[i])) return order;
  }
  // A random source that keeps returning the same order: rotate by one so the order still changes.
  return order.map((_, i) => (i + 1) % n);
}
