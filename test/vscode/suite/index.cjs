'use strict';
// The extensionTestsPath module: VS Code's extension host calls run() and closes when its promise settles.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
  // The first diagnostics wait for the language server to start and index the sources, which can take a while on a cold CI machine.
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: true });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.cjs')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed.`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
};
