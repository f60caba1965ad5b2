import { matrixCommand } from '../commands/matrix.js';
import { runAction } from './io.js';

await runAction('matrix', (io) => matrixCommand(io, { outputs: true }));
