// A pool worker: imports (and so configures) compromise once, then renders articles as they come.
import { parentPort } from 'node:worker_threads';
import { renderArticle } from './render.js';
import type { Task } from './task.js';

export interface TaskMessage {
  seq: number;
  task: Task;
}

parentPort!.on('message', ({ seq, task }: TaskMessage) => {
  parentPort!.postMessage({ seq, rendered: renderArticle(task) });
});
