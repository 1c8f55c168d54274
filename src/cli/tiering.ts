import { setFlagsFromString } from 'node:v8';

/**
 * How much work a function does in V8's interpreter and baseline code before it
 * is compiled by the optimising compiler (V8's `--interrupt-budget`; default
 * 67,584 bytecode units on Node 20).
 *
 * The command line reads one document and exits, so every optimisation is paid
 * for once: at the default, about 700 functions are optimised while the sample
 * essay ×100 is read, the largest (the claims' scoring) a dozen times over as
 * feedback keeps changing, and the compiler's threads cost about as much CPU as
 * the faster code saves. Waiting about twelve times as long optimises only the
 * functions that stay hot, with settled feedback: the whole process, start to
 * exit, costs about 0.7× the CPU on the essay ×100 and on the CRS reports ×12
 * (see BENCHMARKS.md; 400,000 was 0.94× as good on the essay, 1,600,000 no
 * better). The reading itself does not change. The editor's long-lived worker
 * keeps V8's default.
 */
const INTERRUPT_BUDGET = 800_000;

// For this process and the worker threads it starts (the flags are the process's): imported first by main.ts, so it
// is set before the reading's code first runs.
setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
