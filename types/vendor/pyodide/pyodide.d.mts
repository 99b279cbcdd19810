// What calc-worker.js imports as ../vendor/pyodide/pyodide.mjs (a copy of node_modules/pyodide/pyodide.mjs that
// macros/hooks.py makes at build time): Pyodide's own types. jsconfig.json's rootDirs maps the import here.
export * from "pyodide";
