// Writes the CLI bundle's V8 code cache beside it: server/out/cli.js.cache.
'use strict';
const path = require('path');
const { writeCodeCache } = require('../server/bin/code-cache');

writeCodeCache(path.join(__dirname, '../server/out/cli.js'));
