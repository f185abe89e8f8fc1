// Object.groupBy (Node >= 21) is used by chevrotain: the shim must run before Langium is loaded.
import 'object.groupby/auto';
import { main } from './main.js';

process.exitCode = await main(process.argv);
