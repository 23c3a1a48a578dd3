/* One interpreter, one run: a module Web Worker started by runner.js.

   It loads CPython compiled to WebAssembly (Pyodide, copied from npm into
   ./pyodide/ by hooks/runner.py), then waits, before the interpreter starts,
   for a request: the files, the working directory, the command-line
   arguments and the environment. Then CPython starts the way `python ARGS`
   does (initialized from that command line by the worker, not by Pyodide's
   main(), which would set home = "/"; so getpath finds the prefix /usr, as
   on Linux) and runs the command with CPython's own main (pymain_run_python,
   what Pyodide's `python` command for Node runs too): the script directory
   or the working directory goes first on sys.path, `-m` goes through runpy,
   -c, -W, -S, PYTHONPATH, PYTHONSAFEPATH and the other options are read by
   CPython itself, an uncaught exception prints CPython's traceback, and the
   exit status is CPython's. Pyodide's own Python layer (its FFI, event loop
   and import hooks, and its _pyodide_core module) is never started, so
   sys.modules, sys.meta_path and sys.path are what a fresh `python` has.
   Messages in: {type: "init", wasm, stdlib, bytecode}, {type: "bytecode",
   files} (more .pyc files, before the run), {type: "run", root, files, cwd,
   args, env}.

   Messages out: {type: "waiting", python} (ready: a warm interpreter),
   {type: "started"}, {type: "out", data: Uint8Array} (stdout and stderr
   bytes, in the order written), {type: "exit", status}, {type: "error",
   message}. The page ends the worker after a run, or to stop one. */

import { loadPyodide } from "./pyodide/pyodide.mjs"
import createPyodideModule from "./pyodide/pyodide.asm.mjs"

// What tools/examples.py sets for every recorded run (its execute()).
const BASE_ENV = {
  PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8", PYTHON_COLORS: "0",
  NO_COLOR: "1", LC_ALL: "C.UTF-8", COLUMNS: "80",
}
const EXECUTABLE = "/usr/bin/python3"
const HOME = "/home/user"
const DONE = Symbol("done")

const post = (message, transfer) => self.postMessage(message, transfer || [])
const messages = {}
const received = type => new Promise(resolve => { messages[type] = resolve })
const initialized = received("init")  // {bytecode, wasm, stdlib}: what the page has
let bytecode = new Map()  // standard-library .pyc path -> bytes
const requested = received("run")
let pending = null  // (path, data) => void: writes a .pyc into the file system, once there is one
self.onmessage = ev => {
  if (ev.data && ev.data.type === "bytecode") {
    // .pyc files another run wrote since this interpreter was started: in
    // place before its own run begins, they spare it compiling them again.
    for (const [path, data] of ev.data.files) {
      bytecode.set(path, data)
      if (pending) pending(path, data)
    }
    return
  }
  const resolve = ev.data && messages[ev.data.type]
  if (resolve) resolve(ev.data)
}

// stdout and stderr share one buffer, so their bytes stay in the order the
// program wrote them (the recordings send both to one pipe).
let buffer = new Uint8Array(16384)
let used = 0
let last = 0
function flush() {
  if (used) {
    const chunk = buffer.slice(0, used)
    used = 0
    post({ type: "out", data: chunk }, [chunk.buffer])
  }
  last = performance.now()
}
function write(byte) {
  if (byte === null || byte === undefined) return
  buffer[used++] = byte
  if (used === buffer.length || (byte === 10 && performance.now() - last > 25)) flush()
}

// The page hands every interpreter after the first what the first one
// compiled and unpacked: the WebAssembly module and the standard library.
let shared = { wasm: null, stdlib: null }
const instantiateStreaming = WebAssembly.instantiateStreaming
WebAssembly.instantiateStreaming = async (response, imports) => {
  if (shared.wasm) {
    Promise.resolve(response).then(r => r.body && r.body.cancel()).catch(() => {})
    return { module: shared.wasm, instance: await WebAssembly.instantiate(shared.wasm, imports) }
  }
  try {
    const result = await instantiateStreaming.call(WebAssembly, response, imports)
    post({ type: "wasm", module: result.module })
    return result
  } catch (err) {
    // A network or MIME failure would otherwise reach the console only.
    post({ type: "error", message: String(err && err.message || err) })
    throw err
  }
}

function sleep(ms) { return new Promise(resolve => setTimeout(resolve, ms)) }

const MTIME = Date.UTC(2024, 0, 1)  // one mtime for the standard library in every interpreter

/* The standard library, laid out as an installed CPython has it: Pyodide
   writes a zip to /lib/python3XY.zip and makes /lib/python3.X; the runner
   unpacks the zip to /usr/lib/python3.X (with lib-dynload/ and
   site-packages/ beside it) and removes what Pyodide made, so that CPython's
   own getpath, started as /usr/bin/python3, finds the prefix /usr by its
   landmark (lib/python3.X/os.py) and sys.path, sys.prefix, sysconfig and the
   paths in tracebacks are those of a Linux install (the recordings show the
   prefix as /usr). Modules load as from an installed CPython
   (SourceFileLoader) and their bytecode is cached in __pycache__. The zip
   holds sources only; compiling `traceback` and what it imports takes about a
   second in WebAssembly, so the page keeps the .pyc files each run writes and
   hands them to the next interpreter. */
async function unpackStdlib(FS, zipPath, stdlibDir, cached) {
  const files = shared.stdlib || await readZip(FS.readFile(zipPath))
  if (!shared.stdlib) post({ type: "stdlib", files })
  FS.unlink(zipPath)
  const pyodideDir = zipPath.replace(/python(\d)(\d+)\.zip$/, "python$1.$2")
  for (const dir of [`${pyodideDir}/site-packages`, `${pyodideDir}/lib-dynload`, pyodideDir]) {
    if (FS.analyzePath(dir).exists) FS.rmdir(dir)
  }
  FS.mkdirTree(`${stdlibDir}/lib-dynload`)
  FS.mkdirTree(`${stdlibDir}/site-packages`)
  for (const [name, data] of files) {
    const full = `${stdlibDir}/${name}`
    if (name.endsWith("/")) { FS.mkdirTree(full.slice(0, -1)); continue }
    FS.mkdirTree(full.slice(0, full.lastIndexOf("/")))
    FS.writeFile(full, data)
    FS.utime(full, MTIME, MTIME)
  }
  for (const [path, data] of cached) {
    FS.mkdirTree(path.slice(0, path.lastIndexOf("/")))
    FS.writeFile(path, data)
  }
}

/* [name, bytes] for every entry of a zip (stored or deflated). */
async function readZip(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let eocd = zip.length - 22
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error("the standard library zip has no central directory")
  const count = view.getUint16(eocd + 10, true)
  let p = view.getUint32(eocd + 16, true)
  const entries = []
  const names = new TextDecoder()
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("bad central directory in the standard library zip")
    const method = view.getUint16(p + 10, true)
    const compressed = view.getUint32(p + 20, true)
    const nameLength = view.getUint16(p + 28, true)
    const skip = nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    const local = view.getUint32(p + 42, true)
    const name = names.decode(zip.subarray(p + 46, p + 46 + nameLength))
    p += 46 + skip
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    entries.push({ name, method, data: zip.subarray(start, start + compressed) })
  }
  return Promise.all(entries.map(async entry => {
    let data = entry.data
    if (entry.method === 8) {
      const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"))
      data = new Uint8Array(await new Response(stream).arrayBuffer())
    } else if (entry.method !== 0) {
      throw new Error(`${entry.name}: zip compression ${entry.method} not supported`)
    }
    return [entry.name, data]
  }))
}

function writeTree(FS, root, files) {
  FS.mkdirTree(root)
  for (const file of files) {
    const full = `${root}/${file.path}`
    FS.mkdirTree(full.slice(0, full.lastIndexOf("/")))
    if (file.base64 !== undefined) {
      FS.writeFile(full, Uint8Array.from(atob(file.base64), c => c.charCodeAt(0)))
    } else {
      FS.writeFile(full, file.text)
    }
  }
}

/* The .pyc files the run wrote for the standard library and the page does not have yet. */
function newBytecode(FS, dir, cached, found = []) {
  for (const name of FS.readdir(dir)) {
    if (name === "." || name === "..") continue
    const path = `${dir}/${name}`
    if (!FS.isDir(FS.stat(path).mode)) continue
    if (name === "__pycache__") {
      for (const pyc of FS.readdir(path)) {
        const file = `${path}/${pyc}`
        if (pyc.endsWith(".pyc") && !cached.has(file)) found.push([file, FS.readFile(file)])
      }
    } else {
      newBytecode(FS, path, cached, found)
    }
  }
  return found
}

/* What Pyodide's main() does, without its home = "/" and its _pyodide_core
   module: pre-initialize and initialize CPython from the command line, as
   the `python` program does. Returns null, or the exit status when CPython
   refused to start (Py_ExitStatusException prints why and exits: that
   arrives as an ExitStatus exception). A PyStatus is returned through a
   pointer and passed by pointer (the wasm32 C ABI for structs). */
function initialize(M, argv) {
  const status = M._malloc(64)
  const preconfig = M._malloc(1024)
  const config = M._malloc(16384)  // well over sizeof(PyConfig)
  const pointers = M._malloc(4 * (argv.length + 1))
  argv.forEach((arg, i) => { M.HEAPU32[(pointers >>> 2) + i] = M.stringToNewUTF8(arg) })
  M.HEAPU32[(pointers >>> 2) + argv.length] = 0
  const check = () => { if (M._PyStatus_Exception(status)) M._Py_ExitStatusException(status) }
  M._PyPreConfig_InitPythonConfig(preconfig)
  M._Py_PreInitializeFromBytesArgs(status, preconfig, argv.length, pointers)
  check()
  M._PyConfig_InitPythonConfig(config)
  M._PyConfig_SetBytesArgv(status, config, argv.length, pointers)
  check()
  M._Py_InitializeFromConfig(status, config)
  M._PyConfig_Clear(config)
  check()
  return null
}

async function start() {
  const init = await initialized
  bytecode = init.bytecode
  shared = { wasm: init.wasm, stdlib: init.stdlib }
  const indexURL = new URL("./pyodide/", import.meta.url).href
  const args = []  // the command line, once the request comes
  let ready = false
  let status = null
  let stdlib = null

  const create = async settings => {
    settings.stdin = () => null  // end of file, as with stdin=DEVNULL
    settings.stdout = write
    settings.stderr = write
    settings.preRun = [...settings.preRun, async Module => {
      // The module is ready (and CPython starts) once this dependency is
      // removed: only when the request is in place. On a failure it stays,
      // and CPython never starts.
      Module.addRunDependency("runner-request")
      try {
        const [major, minor, micro] = settings.API.pyVersionTuple
        // Wait for the standard library (fetched alongside the wasm) so
        // that "waiting" means ready: only CPython's start-up is left.
        const zip = `/lib/python${major}${minor}.zip`
        stdlib = `/usr/lib/python${major}.${minor}`
        while (!Module.FS.analyzePath(zip).exists) await sleep(5)
        await unpackStdlib(Module.FS, zip, stdlib, bytecode)
        pending = (path, data) => {
          Module.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")))
          Module.FS.writeFile(path, data)
        }
        post({ type: "waiting", python: `${major}.${minor}.${micro}` })
        const req = await requested
        pending = null
        writeTree(Module.FS, req.root, req.files)
        const cwd = req.cwd && req.cwd !== "." ? `${req.root}/${req.cwd}` : req.root
        Module.FS.chdir(cwd)
        delete Module.ENV.PYTHONINSPECT
        Object.assign(Module.ENV, BASE_ENV, req.env, { PWD: cwd })
        args.push(...req.args)
      } catch (err) {
        post({ type: "error", message: String(err && err.message || err) })
        return
      }
      ready = true
      post({ type: "started" })
      Module.removeRunDependency("runner-request")
    }]
    // Pyodide's main() would start CPython with home = "/" (prefix /);
    // the runner starts it itself instead, as `python` starts: from the
    // command line alone, so CPython's getpath finds the prefix (/usr).
    settings.noInitialRun = true
    const M = await createPyodideModule(settings)
    if (ready) {
      let exited = false
      try {
        status = initialize(M, [EXECUTABLE, ...args])
        if (status === null) {
          // run_main pops the keep-alive main() pushes: sys.exit() then
          // ends the runtime (an ExitStatus) instead of returning.
          M._emscripten_runtime_keepalive_push()
          status = M._run_main()
        } else {
          exited = true  // CPython refused the command line (it printed why)
        }
      } catch (err) {
        if (!(err && err.name === "ExitStatus")) throw err
        status = err.status  // sys.exit(), or a bad command line: CPython has finalized already
        exited = true
      }
      if (!exited) {
        try {
          if (M._Py_FinalizeEx() < 0) status = 120  // as Py_RunMain does
        } catch (err) {
          if (!(err && err.name === "ExitStatus")) throw err
        }
      }
    }
    flush()
    if (ready) post({ type: "bytecode", files: newBytecode(M.FS, stdlib, bytecode) })
    post({ type: "exit", status })
    throw DONE
  }

  try {
    await loadPyodide({
      indexURL,
      args,
      env: { HOME, PYTHONINSPECT: "" },
      _sysExecutable: EXECUTABLE,
      createPyodideModule: create,
    })
  } catch (err) {
    if (err !== DONE) throw err
  }
}

start().catch(err => {
  flush()
  post({ type: "error", message: String(err && err.message || err) })
})
