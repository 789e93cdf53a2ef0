// Saves text as a file in the browser (an export, a set-aside copy): a Blob link clicked once, then released.

/** Offers `contents` to the browser as a download named `name`. */
export function downloadText(contents: string, name: string): void {
  const url = URL.createObjectURL(
    new Blob([contents], { type: name.endsWith('.txt') ? 'text/plain' : 'application/json' }),
  );
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
