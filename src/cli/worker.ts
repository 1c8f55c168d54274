import { parentPort, workerData } from 'node:worker_threads';
import { analyse, type AnalyseOptions } from '../core/analyse';

/** The command line's reading thread for long documents: reads the text it is given and posts the model back. */
const { text, options } = workerData as { text: string; options: AnalyseOptions };
parentPort?.postMessage(analyse(text, options));
