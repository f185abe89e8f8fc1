#!/usr/bin/env node
// Object.groupBy (Node >= 21) is used by chevrotain: the shim must load before Langium.
import 'object.groupby/auto';
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv);
