#!/usr/bin/env node
// The whole command is one bundle (dist/), with its dependencies, fonts and data beside it.
import '../dist/bin.js';
