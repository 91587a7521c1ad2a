// Runs the CLI bundle over the sample networks (compiling what a real run compiles), then saves
// V8's code cache beside it: server/out/cli.js.cache.
'use strict';
const path = require('path');
const fs = require('fs');
const { loadWithCodeCache } = require('../server/bin/code-cache');

const root = path.join(__dirname, '..');
const samples = [path.join(root, 'samples'), path.join(root, 'samples/broken')].flatMap((d) =>
  fs.readdirSync(d).filter((f) => f.endsWith('.xml')).map((f) => path.join(d, f)),
);
const { exports: cli, save } = loadWithCodeCache(path.join(root, 'server/out/cli.js'), { save: true });
cli.main(['--json', ...samples], () => undefined, () => undefined);
save();
