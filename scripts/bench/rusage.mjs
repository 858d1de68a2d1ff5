// Preloaded into every process the benchmark measures (`node --import`): at exit it writes the
// process's peak resident memory and CPU time (all threads) to the file named in DOCKET_BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';

const target = process.env.DOCKET_BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }),
    );
  });
}
