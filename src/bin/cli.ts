#!/usr/bin/env node
import { main } from '../cli.js';
import { installInterruptCleanup } from '../util/cleanup.js';

// Ctrl-C and SIGTERM end the child process groups and remove the staging folders.
installInterruptCleanup();

process.exitCode = await main(process.argv.slice(2));
