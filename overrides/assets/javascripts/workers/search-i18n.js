/*
 * Search worker for a bilingual site: Material's own worker, with the query
 * read the way people type it, and stemmed the way the documents were indexed.
 *
 * Material's worker treats the query as lunr syntax: a leading "-" excludes a
 * word ("the -m switch" excluded every page with "m"), double quotes make
 * every word required (a pasted `File "/home/anna/main.py"` matched nothing),
 * and it appends "*" to every word, which skips stemming ("пакетов*" never
 * meets the stem "пакет"). Here, before Material's worker sees a query:
 *
 * 1. A pasted traceback or warning is cut to its last exception line
 *    ("ImportError: attempted relative import ..."): the frames, paths, line
 *    numbers and `<module>` markers are the reader's, not the site's. Names
 *    in single quotes ('pkg', 'utils') are usually the reader's too: they
 *    stay in the query but do not count in the ranking below.
 * 2. The text is split into words as the index was (config.separator), with
 *    punctuation and lunr's operators removed: nothing a reader types can
 *    exclude or require a word.
 * 3. Stop words and question words ("what is the purpose of ...",
 *    «как ... в Python») are dropped; the rest go through the same
 *    lunr-languages stemmers that built the index, and are searched by exact
 *    stem ("stem^1": no wildcard). Only a single word being typed keeps
 *    Material's trailing wildcard, so type-ahead still works.
 * 4. "ё" is read as "е", in the query and in the index (the Russian stemmer
 *    is wrapped once, when Material loads it), so «имен» finds «имён».
 *
 * lunr ORs the words, so any word the site uses gives results. Two things
 * happen to Material's results before the page gets them:
 *
 * - they are re-ranked: a section whose title or one of its aliases (the
 *   `aliases` field hooks/search_i18n.py writes from
 *   hooks/search_aliases.toml) holds the query's words next to each other,
 *   as in a pasted message or a phrase, moves up; so does one that holds all
 *   of them, and one whose title is mostly the query's words (the page's own
 *   topic beats pages that mention it);
 * - an empty list is retried once with every word fuzzy (one edit), so a
 *   typo in a word the site uses still finds it.
 *
 * hooks/search_i18n.py writes this file with MATERIAL_WORKER replaced by the
 * name of Material's worker script.
 */
(function () {
  "use strict"
  var SETUP = 0, QUERY = 2, RESULT = 3
  var langs = ["en"]
  var separator = /[\s\-]+/

  /* Words that only make a question a question. lunr's own stop-word lists
     (English, Russian) already hold what/how/why/is/the, как/что/почему. */
  var FILLER = {
    en: ("python vs versus purpose explain meaning mean means way proper properly correct " +
         "correctly right best use using used work works working happen happens " +
         "doesn dont isn wont cant get gets getting want need needed").split(" "),
    ru: ("python питон питоне питона пайтон пайтоне зачем нужен нужна нужно нужны " +
         "почему правильно работает работать сделать делать объясните объяснить " +
         "означает значит можно ли").split(" ")
  }
  var EXCEPTION = /\b[A-Z][A-Za-z0-9_]*(?:Error|Exception|Warning|Exit|Interrupt)\b(?=:)/g

  function namespaces() {
    var fns = []
    for (var i = 0; i < langs.length; i++) {
      var ns = langs[i] === "en" ? self.lunr : self.lunr[langs[i]]
      if (ns) fns.push(ns)
    }
    return fns
  }

  function isFiller(word) {
    for (var i = 0; i < langs.length; i++)
      if ((FILLER[langs[i]] || []).indexOf(word) >= 0) return true
    return false
  }

  /* The stem of a plain word, or null for a stop word */
  function stemWord(word, fns) {
    var token = new self.lunr.Token(word, {})
    for (var i = 0; i < fns.length; i++)
      if (fns[i].stopWordFilter && !fns[i].stopWordFilter(token)) return null
    for (var j = 0; j < fns.length; j++) {
      var next = fns[j].stemmer(token)
      if (next) token = next
    }
    return token.toString()
  }

  /* Step 1: what of a pasted text is the site's. Names in single quotes
     ('pkg', 'utils') are marked: they stay in the query (the reader may have
     pasted the site's own example), but the ranking below ignores them. */
  function essence(query) {
    var text = query.replace(/[ёЁ]/g, function (c) { return c === "ё" ? "е" : "Е" })
    /* The last exception that is not quoted inside another message:
       "Error while finding module specification for 'x' (ModuleNotFoundError:
       ...)" is about the outer message */
    var last = -1, match
    EXCEPTION.lastIndex = 0
    while ((match = EXCEPTION.exec(text)))
      if (text.charAt(match.index - 1) !== "(") last = match.index
    if (last >= 0) text = text.slice(last)
    return text
      .replace(/Traceback \(most recent call last\):?/g, " ")
      .replace(/File "[^"]*"(, line \d+)?(, in \S+)?/g, " ")
      .replace(/\bline \d+\b/g, " ")
      .replace(/<[^<>\s]+(?: [^<>\s]+)?>(:\d+:?)?/g, " ")   /* <module>, <frozen runpy>:128: */
      .replace(/(^|\s)(?:~|\.{0,2}\/|[A-Za-z]:\\)\S*/g, " ") /* absolute and home paths */
      .replace(/[\^~\u2026]+/g, " ")                        /* tracebacks' ^^^^, lunr's ~, … */
      .replace(/'([^'\s]+)'/g, function (m, name) {        /* quoted names, marked */
        return " " + name.split(/[^\p{L}\p{N}_]+/u).map(function (p) { return "\u0001" + p }).join(" ") + " "
      })
  }

  /* Steps 2-4: the query's content words, as [{stem, quoted}] */
  function contentWords(query) {
    var fns = namespaces(), out = []
    var parts = essence(query).split(separator)
    for (var i = 0; i < parts.length; i++) {
      var quoted = parts[i].charAt(0) === "\u0001"
      var pieces = parts[i].split(/[^\p{L}\p{N}_.]+/u)
      for (var k = 0; k < pieces.length; k++) {
        var word = pieces[k].replace(/^\.+|\.+$/g, "").toLowerCase()
        if (!word || isFiller(word)) continue
        /* Identifiers (__init__, 3.14, utf8) keep their exact form */
        var stem = /^\p{L}+$/u.test(word) ? stemWord(word, fns) : word
        if (stem) out.push({ stem: stem, quoted: quoted })
      }
    }
    return out
  }

  function lunrQuery(words, typing, fuzzy) {
    return words.map(function (w, i) {
      if (fuzzy && w.stem.length > 3) return w.stem + "~1"
      return typing && i === words.length - 1 ? w.stem : w.stem + "^1"
    }).join(" ")
  }

  /* Re-ranking: the query's words next to each other in a title or an
     alias (a pasted message, a phrase), all of them there, and little else */
  function plainStems(html) {
    var plain = String(html || "").replace(/<[^>]*>/g, " ")
    return contentWords(plain).filter(function (w) { return !w.quoted }).map(function (w) { return w.stem })
  }

  function phraseScore(doc, want) {
    if (!want.length) return 0
    var best = 0
    /* The home page's title is the site's name: it says nothing of a section */
    var fields = (doc.location ? [doc.title] : []).concat(doc.aliases || [])
    for (var f = 0; f < fields.length; f++) {
      var have = plainStems(fields[f])
      if (!have.length) continue
      var pairs = 0, found = 0, covered = 0
      for (var i = 0; i + 1 < want.length; i++)
        for (var j = 0; j + 1 < have.length; j++)
          if (have[j] === want[i] && have[j + 1] === want[i + 1]) { pairs++; break }
      for (var a = 0; a < want.length; a++)
        if (have.indexOf(want[a]) >= 0) found++
      for (var b = 0; b < have.length; b++)
        if (want.indexOf(have[b]) >= 0) covered++
      var score = (want.length > 1 ? 8 * pairs / (want.length - 1) : 0)
        + (found === want.length ? 2 : 0) + 2 * covered / have.length
      best = Math.max(best, score)
    }
    return best
  }

  function rerank(items, words) {
    var want = words.filter(function (w) { return !w.quoted }).map(function (w) { return w.stem })
    var groups = items.map(function (group) {
      var scored = group.map(function (doc) {
        return Object.assign({}, doc, { score: doc.score * Math.pow(1 + phraseScore(doc, want), 2) })
      })
      var top = 0
      for (var i = 0; i < scored.length; i++) top = Math.max(top, scored[i].score)
      return { top: top, docs: scored.sort(function (a, b) { return b.score - a.score }) }
    })
    return groups
      .sort(function (a, b) { return b.top - a.top })
      .map(function (g) { return g.docs })
  }

  /* ё as е in the index: wrap the Russian stemmer when Material loads it */
  function patchRussian() {
    var ru = self.lunr && self.lunr.ru
    if (!ru || ru.__yo) return
    var stem = ru.stemmer
    ru.stemmer = function (token) {
      return stem(token.update(function (s) { return s.replace(/ё/g, "е") }))
    }
    ru.stemmer.label = stem.label
    ru.__yo = true
  }
  var load = self.importScripts
  self.importScripts = function () {
    var result = load.apply(self, arguments)
    if (result && typeof result.then === "function") return result.then(patchRussian)
    patchRussian()
    return result
  }

  var material = null, pending = null
  var post = self.postMessage.bind(self)
  self.postMessage = function (message) {
    if (!message || message.type !== RESULT || !pending) return post(message)
    var current = pending
    var items = (message.data && message.data.items) || []
    if (!items.length && !current.fuzzy && current.words.length) {
      current.fuzzy = true
      material({ data: { type: QUERY, data: lunrQuery(current.words, false, true) } })
      return
    }
    pending = null
    message.data.items = rerank(items, current.words)
    return post(message)
  }

  var add = self.addEventListener.bind(self)
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return add(type, listener, options)
    material = function (ev) { return listener.call(self, ev) }
    return add(type, function (ev) {
      var message = ev.data
      if (message && message.type === SETUP) {
        langs = message.data.config.lang
        separator = new RegExp(message.data.config.separator)
      } else if (message && message.type === QUERY && self.lunr && self.lunr.Token) {
        var words = contentWords(message.data)
        var typing = !/\s$/.test(message.data) && /^[\p{L}\p{N}]+$/u.test(message.data.trim())
        pending = { words: words, fuzzy: false }
        message = { type: QUERY, data: words.length ? lunrQuery(words, typing, false) : "" }
      }
      return listener.call(this, { data: message })
    }, options)
  }

  /* In a worker, location is this script; under the iframe-worker shim
     (file://), the first script element is this script. */
  var here = typeof document !== "undefined" && document.querySelector("script[src]")
    ? document.querySelector("script[src]").src
    : self.location.href
  importScripts(new URL("MATERIAL_WORKER", here).href)
})()
