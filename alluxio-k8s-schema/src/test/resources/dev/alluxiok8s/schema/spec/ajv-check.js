// Compiles the schema with Ajv in strict mode, then prints "<file>\tvalid" or "<file>\tinvalid"
// for each JSON document of a folder. Run by AjvStrictTest: node ajv-check.js SCHEMA FOLDER
// allowUnionTypes only lets strict mode take a type list (["string", "number"]), a 2020-12 form.
const Ajv2020 = require('ajv/dist/2020');
const fs = require('fs');
const path = require('path');

const [schemaFile, folder] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
for (const file of fs.readdirSync(folder).sort()) {
  const valid = validate(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
  console.log(file + '\t' + (valid ? 'valid' : 'invalid'));
}
