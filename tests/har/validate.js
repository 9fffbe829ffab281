#!/usr/bin/env node
// Validates a HAR file against the HAR 1.2 JSON schema (npm's har-validator),
// for tests/auto/logexport. Usage: node validate.js FILE
// Prints each schema error and exits 1 when the file is not a valid HAR,
// 2 when it cannot be read as JSON, 0 when it is valid.
'use strict'

const fs = require('fs')
const { har } = require('har-validator')

const file = process.argv[2]
if (!file) {
  console.error('usage: node validate.js FILE.har')
  process.exit(2)
}

let data
try {
  data = JSON.parse(fs.readFileSync(file, 'utf8'))
} catch (e) {
  console.error(`${file}: not JSON: ${e.message}`)
  process.exit(2)
}

har(data).then(
  () => {
    console.log(`${file}: valid HAR 1.2 (${data.log.entries.length} entries)`)
    process.exit(0)
  },
  (e) => {
    console.error(`${file}: ${e.message}`)
    for (const err of e.errors || []) {
      console.error(`  ${err.dataPath || '(root)'} ${err.message}${err.params ? ' ' + JSON.stringify(err.params) : ''}`)
    }
    process.exit(1)
  }
)
