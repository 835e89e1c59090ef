/** One line of progress on a terminal, redrawn in place; plain lines when output is not a TTY. */
export function progressLine(label: string) {
  let last = 0;
  return {
    update(text: string) {
      const now = Date.now();
      if (process.stdout.isTTY) process.stdout.write(`\r${label} ${text}\x1b[K`);
      else if (now - last > 2000) console.log(`${label} ${text}`);
      else return;
      last = now;
    },
    done(text: string) {
      if (process.stdout.isTTY) process.stdout.write(`\r${label} ${text}\x1b[K\n`);
      else console.log(`${label} ${text}`);
    },
  };
}
