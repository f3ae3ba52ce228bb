// Action entry: everything happens in action/main.ts.
import { run } from './action/main.js';

await run();
