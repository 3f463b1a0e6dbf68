// tokens.js: runs static/search.js's normaliser under Node for the Go
// tests. Usage: node tokens.js path/to/search.js < cases.json, where
// cases.json is [{"text": "...", "german": true}, ...]; prints the token
// lists as JSON, one per case.
"use strict";
const fs = require("fs");
const vm = require("vm");

const file = process.argv[2];
const ctx = vm.createContext({});
vm.runInContext(fs.readFileSync(file, "utf8"), ctx, { filename: file });
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cases.map((c) => ctx.dokuSearch.tokens(c.text, c.german))));
