'use strict';
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');
const Module = require('module');

/**
 * Loads a CommonJS bundle like `require` does, using `<file>.cache` (V8 code cache) when present.
 * V8 checks the cache against its version, flags and the source; a stale one is ignored.
 */
function loadWithCodeCache(file) {
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  const localRequire = (id) => module.require(id);
  script.runInThisContext().call(module.exports, module.exports, localRequire, module, file, path.dirname(file));
  return module.exports;
}

/**
 * Writes `<file>.cache` with every function of the bundle compiled: V8 compiles a function on its
 * first call, and one missing from the cache costs a compile in every run that calls it. The flag
 * is set back before the cache is made, so the cache carries the flags the CLI runs with.
 */
function writeCodeCache(file) {
  v8.setFlagsFromString('--no-lazy');
  let script;
  try {
    script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
  } finally {
    v8.setFlagsFromString('--lazy');
  }
  fs.writeFileSync(`${file}.cache`, script.createCachedData());
}

module.exports = { loadWithCodeCache, writeCodeCache };
