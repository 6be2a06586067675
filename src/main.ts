#!/usr/bin/env node
import './v8-flags.js';
import { run } from './cli.js';

process.exitCode = await run(process.argv.slice(2));
