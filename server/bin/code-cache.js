'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/**
 * Loads a CommonJS bundle like `require` does, using `<file>.cache` (V8 code cache) when present.
 * V8 checks the cache against its version, flags and the source; a stale one is ignored.
 * `save: true` writes the cache after the caller has exercised the code (so lazily compiled
 * functions are in it too): `loadWithCodeCache(file, { save: true })` returns `{ exports, save() }`.
 */
function loadWithCodeCache(file, options = {}) {
  const cacheFile = `${file}.cache`;
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  if (!options.save) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  const localRequire = (id) => module.require(id);
  script.runInThisContext().call(module.exports, module.exports, localRequire, module, file, path.dirname(file));
  if (!options.save) return module.exports;
  return { exports: module.exports, save: () => fs.writeFileSync(cacheFile, script.createCachedData()) };
}

module.exports = { loadWithCodeCache };
