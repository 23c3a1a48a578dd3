/* Run it here (issue 16): the Run, Stop, edit, add, delete and Reset controls
   that hooks/runner.py renders under each example tree.

   Nothing of the runtime is requested until the reader presses Run: then a
   module Web Worker (runner-worker.js) loads CPython for WebAssembly from
   ./pyodide/ and runs the command on the files as they are in the editors.
   Every run gets a fresh interpreter, as a new process would, and ends with
   its worker. After a run one interpreter is started ahead, up to the point
   where only CPython's own start-up is left, so the next run is warm. Stop
   ends the worker. The output is shown as the recordings show it: the
   command line, then stdout and stderr in the order written, with the
   example's masks applied and trailing spaces dropped (tools/examples.py).

   DOM contract (tests and tools rely on it):
     button[data-run-example=NAME][data-run=RUN]     runs one command
     [data-run-output=NAME]                          the transcript; data-python once up
     [data-run-editor=NAME] textarea[data-run-file]  one per file
     button[data-run-stop=NAME]                      stops a run */

// A classic (deferred) script, not a module: a page read from disk
// (file://) may not load a module script, and there the runner must still
// say why it cannot run.
;(() => {
"use strict"
const WORKER = new URL("runner-worker.js", document.currentScript.src)
const LIMIT = 100000  // characters of output shown before a run is ended
const INDENT = "    "

const TEXT = {
  en: {
    starting: "Starting CPython in your browser: the first run downloads it (about 13 MB)…",
    running: "Running on CPython {python} in your browser…",
    exit: "Exit status {status} · CPython {python} in your browser",
    stopped: "Stopped: the interpreter was ended before the program finished.",
    limit: "Output cut at {limit} characters: the run was ended.",
    failed: "CPython could not start in this browser: {message}",
    offline: "This page was opened from disk (file://), and browsers do not let such a page start CPython. To run the examples, serve the unzipped folder: run <code>python3 -m http.server</code> in it and open <code>http://localhost:8000/</code>.",
    badPath: "Give a path inside the example, such as pkg/module.py.",
    exists: "{path} already exists.",
    deleted: "{path} deleted.",
    added: "{path} added.",
    reset: "The files are as the example has them.",
    delete: "Delete",
  },
  ru: {
    starting: "CPython запускается в браузере: при первом запуске он загружается (около 13 МБ)…",
    running: "Выполняется на CPython {python} в браузере…",
    exit: "Код завершения {status} · CPython {python} в браузере",
    stopped: "Остановлено: интерпретатор завершён раньше программы.",
    limit: "Вывод оборван на {limit} символах: запуск остановлен.",
    failed: "CPython не запустился в этом браузере: {message}",
    offline: "Страница открыта с диска (file://), а с диска браузер не даёт запустить CPython. Чтобы запускать примеры, раздайте распакованный каталог по HTTP: выполните в нём <code>python3 -m http.server</code> и откройте <code>http://localhost:8000/</code>.",
    badPath: "Укажите путь внутри примера, например pkg/module.py.",
    exists: "{path} уже есть.",
    deleted: "{path} удалён.",
    added: "{path} добавлен.",
    reset: "Файлы снова такие, как в примере.",
    delete: "Удалить",
  },
}
const LANG = document.documentElement.lang === "ru" ? "ru" : "en"
const t = (key, vars = {}) => TEXT[LANG][key].replace(/\{(\w+)\}/g, (_, k) => String(vars[k]))

let python = ""  // "3.14.2", once an interpreter has said so
// What the first interpreter compiled and unpacked, handed to the next ones:
// the WebAssembly module, the standard library, and the standard library's
// .pyc files the page's runs have written.
const runtime = { wasm: null, stdlib: null, bytecode: new Map() }

/* An interpreter in a worker: started at once, runs one request. */
class Interpreter {
  constructor() {
    this.listener = null
    this.early = []
    this.worker = new Worker(WORKER, { type: "module" })
    this.worker.postMessage({ type: "init", ...runtime })
    this.worker.onmessage = ev => this.deliver(ev.data)
    this.worker.onerror = ev => {
      ev.preventDefault()
      this.deliver({ type: "error", message: ev.message || "the worker script did not load" })
    }
  }
  deliver(message) {
    if (message.type === "bytecode") {
      const files = message.files.filter(([path]) => !runtime.bytecode.has(path))
      for (const [path, data] of files) runtime.bytecode.set(path, data)
      // Interpreters started ahead get them too, before their run begins.
      if (files.length) for (const other of spares) other.worker.postMessage({ type: "bytecode", files })
      return
    }
    if (message.type === "wasm") return void (runtime.wasm = runtime.wasm || message.module)
    if (message.type === "stdlib") return void (runtime.stdlib = runtime.stdlib || message.files)
    if (message.type === "waiting") {
      python = message.python
      this.waiting = true
      if (spares.includes(this)) document.documentElement.dataset.runnerWarm = ""
    }
    if (this.listener) this.listener(message)
    else if (message.type === "error") this.early.push(message)
  }
  run(request, listener) {
    this.listener = listener
    if (this.waiting) listener({ type: "waiting", python })
    for (const message of this.early.splice(0)) listener(message)
    this.worker.postMessage({ type: "run", ...request })
  }
  end() { this.worker.terminate() }
}

// Interpreters started ahead, oldest first: a run takes the oldest (the
// readiest). Two where the machine has the cores for it, so that a run never
// waits for one to boot while another run ends; one on a small machine.
const SPARES = (navigator.hardwareConcurrency || 2) > 2 ? 2 : 1
const spares = []
function takeInterpreter() {
  const interpreter = spares.shift() || new Interpreter()
  if (!spares.some(s => s.waiting)) delete document.documentElement.dataset.runnerWarm
  return interpreter
}
function startSpare() {
  while (spares.length < SPARES) spares.push(new Interpreter())
}

/* The editor's contents come as an inert <template> (hooks/runner.py), so
   that a page with many examples costs no more at load than one without the
   runner; they become part of the page when the reader opens the editor or
   runs the example. */
function materialize(runner) {
  const template = runner.querySelector("template[data-run-template]")
  if (template) template.replaceWith(document.importNode(template.content, true))
}

/* The files of a runner as its editors hold them now. */
function currentFiles(runner) {
  materialize(runner)
  return [...runner.querySelectorAll(".runner__file")].map(el => {
    const area = el.querySelector("textarea")
    return area ? { path: el.dataset.path, text: area.value } : { path: el.dataset.path, base64: el.dataset.base64 }
  })
}

/* Recordings: masks applied, each line without trailing spaces, lines split
   as Python's str.splitlines() splits them (tools/examples.py, execute()). */
function transcript(command, raw, masks) {
  let text = raw
  for (const mask of masks) text = text.replace(new RegExp(mask, "gu"), "…")
  const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/u)
  if (lines[lines.length - 1] === "") lines.pop()
  text = lines.map(line => line.replace(/\s+$/u, "")).join("\n")
  return command + "\n" + (text ? text + "\n" : "")
}

const active = new Map()  // runner element -> the run going on in it

function setStatus(runner, html) {
  runner.querySelector(".runner__status").innerHTML = html
}

function finish(runner, run, state, statusHtml) {
  if (active.get(runner) !== run) return
  active.delete(runner)
  run.interpreter.end()
  runner.dataset.runState = state
  runner.querySelector("[data-run-stop]").disabled = true
  if (statusHtml !== undefined) setStatus(runner, statusHtml)
  startSpare()  // the next run starts warm
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c])
}

function startRun(button) {
  const runner = button.closest(".runner")
  const output = runner.querySelector("[data-run-output]")
  const command = button.querySelector("code").textContent
  const masks = JSON.parse(button.dataset.mask || "[]")
  runner.querySelector(".runner__output").hidden = false
  stopRun(runner, false)
  if (location.protocol === "file:") {
    output.textContent = command + "\n"
    runner.dataset.runState = "offline"
    setStatus(runner, t("offline"))
    return
  }
  const run = { interpreter: takeInterpreter(), raw: "", decoder: new TextDecoder() }
  // Start the next run's interpreter now, while this one runs; not during
  // the first run, which compiles the runtime that the next ones reuse.
  if (runtime.wasm && runtime.stdlib) startSpare()
  active.set(runner, run)
  runner.dataset.runState = "starting"
  runner.querySelector("[data-run-stop]").disabled = false
  output.textContent = command + "\n"
  const live = output.firstChild
  setStatus(runner, escapeHtml(python ? t("running", { python }) : t("starting")))
  const request = {
    root: runner.dataset.root,
    files: currentFiles(runner),
    cwd: button.dataset.cwd || ".",
    args: JSON.parse(button.dataset.args),
    env: JSON.parse(button.dataset.env || "{}"),
  }
  run.interpreter.run(request, message => {
    if (active.get(runner) !== run) return
    switch (message.type) {
      case "waiting":
        output.dataset.python = message.python
        break
      case "started":
        runner.dataset.runState = "running"
        setStatus(runner, escapeHtml(t("running", { python })))
        break
      case "out": {
        const text = run.decoder.decode(message.data, { stream: true })
        run.raw += text
        if (run.raw.length > LIMIT) {
          run.raw = run.raw.slice(0, LIMIT)
          output.textContent = command + "\n" + run.raw
          finish(runner, run, "limit", escapeHtml(t("limit", { limit: LIMIT.toLocaleString(LANG) })))
          return
        }
        live.appendData(text)
        break
      }
      case "exit":
        run.raw += run.decoder.decode()
        output.textContent = transcript(command, run.raw, masks)
        output.dataset.exit = String(message.status)
        finish(runner, run, "done", escapeHtml(t("exit", { status: message.status, python })))
        break
      case "error":
        finish(runner, run, "failed", escapeHtml(t("failed", { message: message.message })))
        break
    }
  })
}

function stopRun(runner, announce = true) {
  const run = active.get(runner)
  if (!run) return
  finish(runner, run, "stopped", announce ? escapeHtml(t("stopped")) : undefined)
}

/* --- editors ---------------------------------------------------------- */

const originals = new WeakMap()  // editor -> its file elements as the page had them

function remember(editor) {
  if (!originals.has(editor)) originals.set(editor, [...editor.querySelectorAll(".runner__file")])
}

function editorStatus(editor, message) {
  editor.querySelector(".runner__editstatus").textContent = message
}

function validPath(path) {
  const parts = path.split("/")
  return path && !path.startsWith("/") && !path.endsWith("/") && parts.every(p => p && p !== "." && p !== "..")
}

function addFile(editor) {
  remember(editor)
  const input = editor.querySelector("[data-run-new]")
  const path = input.value.trim()
  if (!validPath(path)) return editorStatus(editor, t("badPath"))
  const taken = [...editor.querySelectorAll(".runner__file")].some(el => {
    const p = el.dataset.path
    return p === path || p.startsWith(path + "/") || path.startsWith(p + "/")
  })
  if (taken) return editorStatus(editor, t("exists", { path }))
  const runner = editor.closest(".runner")
  const id = `run-${runner.dataset.runner}-added-${++addFile.count}`
  const file = document.createElement("div")
  file.className = "runner__file"
  file.dataset.path = path
  file.innerHTML = '<div class="runner__filebar"><label class="runner__path"></label>' +
    '<button type="button" class="runner__delete" data-run-delete></button></div>' +
    '<textarea rows="4" spellcheck="false" autocapitalize="off"></textarea>'
  const label = file.querySelector("label")
  label.textContent = path
  label.htmlFor = id
  const del = file.querySelector("button")
  del.textContent = t("delete")
  const sr = document.createElement("span")
  sr.className = "runner__sr"
  sr.textContent = " " + path
  del.append(sr)
  const area = file.querySelector("textarea")
  area.id = id
  area.dataset.runFile = path
  const files = editor.querySelector(".runner__files")
  const after = [...files.children].find(el => el.dataset.path.toLowerCase() > path.toLowerCase())
  files.insertBefore(file, after || null)
  input.value = ""
  area.focus()
  editorStatus(editor, t("added", { path }))
}
addFile.count = 0

function deleteFile(button) {
  const editor = button.closest("[data-run-editor]")
  remember(editor)
  const file = button.closest(".runner__file")
  const next = file.nextElementSibling || file.previousElementSibling
  const path = file.dataset.path
  file.remove()
  ;(next ? next.querySelector("textarea, button") : editor.querySelector("[data-run-new]")).focus()
  editorStatus(editor, t("deleted", { path }))
}

function resetFiles(editor) {
  remember(editor)
  const files = editor.querySelector(".runner__files")
  files.replaceChildren(...originals.get(editor))
  for (const area of files.querySelectorAll("textarea")) area.value = area.defaultValue
  editor.querySelector("[data-run-new]").value = ""
  editorStatus(editor, t("reset"))
}

/* Tab indents (the selected lines, or inserts four spaces), Shift+Tab
   dedents; Esc, then Tab, moves on, so the keyboard is never trapped. */
function replaceSelection(area, start, end, text) {
  area.setSelectionRange(start, end)
  if (!document.execCommand("insertText", false, text)) {
    area.setRangeText(text, start, end, "end")
    area.dispatchEvent(new Event("input", { bubbles: true }))
  }
}

function onTab(area, ev) {
  if (area.dataset.escaped === "1") {
    delete area.dataset.escaped
    return
  }
  ev.preventDefault()
  const { value, selectionStart: s, selectionEnd: e } = area
  const lineStart = value.lastIndexOf("\n", s - 1) + 1
  const multiline = value.slice(s, e).includes("\n")
  if (!ev.shiftKey && !multiline) {
    const column = s - lineStart
    replaceSelection(area, s, e, " ".repeat(INDENT.length - (column % INDENT.length)))
    return
  }
  const endLine = value.indexOf("\n", e - (e > s && value[e - 1] === "\n" ? 1 : 0))
  const blockEnd = endLine === -1 ? value.length : endLine
  const block = value.slice(lineStart, blockEnd)
  const changed = ev.shiftKey
    ? block.replace(/^ {1,4}/gm, "")
    : block.replace(/^(?=.)/gm, INDENT)
  if (changed === block) return
  replaceSelection(area, lineStart, blockEnd, changed)
  area.setSelectionRange(lineStart, lineStart + changed.length)
}

document.addEventListener("click", ev => {
  const target = ev.target instanceof Element ? ev.target : null
  if (!target || !target.closest(".runner")) return
  // Before the <details> opens (the default action comes after this listener).
  if (target.closest(".runner__editor > summary")) return materialize(target.closest(".runner"))
  const run = target.closest("button[data-run-example]")
  if (run) return startRun(run)
  const stop = target.closest("button[data-run-stop]")
  if (stop) return stopRun(stop.closest(".runner"))
  const editor = target.closest("[data-run-editor]")
  if (!editor) return
  if (target.closest("[data-run-add]")) addFile(editor)
  else if (target.closest("[data-run-reset]")) resetFiles(editor)
  else if (target.closest("[data-run-delete]")) deleteFile(target.closest("[data-run-delete]"))
})

// A <details> opened some other way (find in page, a script) gets its files too.
document.addEventListener("toggle", ev => {
  if (ev.target instanceof Element && ev.target.matches("[data-run-editor]")) materialize(ev.target.closest(".runner"))
}, true)

document.addEventListener("keydown", ev => {
  const area = ev.target
  if (area instanceof HTMLTextAreaElement && area.dataset.runFile !== undefined) {
    if (ev.key === "Tab" && !ev.ctrlKey && !ev.altKey && !ev.metaKey) onTab(area, ev)
    else if (ev.key === "Escape") area.dataset.escaped = "1"
    else delete area.dataset.escaped
  } else if (area instanceof HTMLInputElement && area.dataset.runNew !== undefined && ev.key === "Enter") {
    ev.preventDefault()
    addFile(area.closest("[data-run-editor]"))
  }
})
})()
